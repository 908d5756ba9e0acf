#include "sync/credentials.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

namespace cgs {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

EnvLookup envOf(std::map<std::string, std::string> vars) {
  return [vars](const std::string& k) -> std::optional<std::string> {
    auto it = vars.find(k);
    return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
  };
}

CredentialConfig envSet() {
  CredentialConfig c;
  c.name = "default";
  c.access_key_id.env = "AK";
  c.access_key_secret.env = "SK";
  c.security_token.env = "TOK";
  return c;
}

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "cgs-cred-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path_); }
  [[nodiscard]] const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST(Credentials, FromEnvironment) {
  auto r = resolveCredentials(envSet(), envOf({{"AK", "id1"}, {"SK", "secret1"}}));
  EXPECT_EQ(r.access_key_id, "id1");
  EXPECT_EQ(r.access_key_secret.reveal(), "secret1");
  EXPECT_TRUE(r.security_token.empty()) << "the STS token is optional";
}

TEST(Credentials, WithStsToken) {
  auto r = resolveCredentials(envSet(), envOf({{"AK", "STS.x"}, {"SK", "s"}, {"TOK", "tok"}}));
  EXPECT_EQ(r.security_token.reveal(), "tok");
}

TEST(Credentials, MissingVariableNamesItButNoValue) {
  try {
    (void)resolveCredentials(envSet(), envOf({{"AK", "id1"}}));
    FAIL();
  } catch (const CredentialError& e) {
    EXPECT_THAT(e.what(), HasSubstr("environment variable SK is not set"));
  }
}

TEST(Credentials, FileRelativeToCredentialsDirectory) {
  TempDir dir;
  std::ofstream(dir.path() / "secret") << "file-secret\n\n";
  CredentialConfig c = envSet();
  c.access_key_secret.env.clear();
  c.access_key_secret.file = "secret";
  auto r =
      resolveCredentials(c, envOf({{"AK", "id"}, {"CREDENTIALS_DIRECTORY", dir.path().string()}}));
  EXPECT_EQ(r.access_key_secret.reveal(), "file-secret") << "trailing newlines are dropped";
}

TEST(Credentials, AbsoluteFileAndErrors) {
  TempDir dir;
  CredentialConfig c = envSet();
  c.access_key_secret.env.clear();
  c.access_key_secret.file = (dir.path() / "missing").string();
  EXPECT_THROW((void)resolveCredentials(c, envOf({{"AK", "id"}})), CredentialError);
  std::ofstream(dir.path() / "empty") << "  \n";
  c.access_key_secret.file = (dir.path() / "empty").string();
  try {
    (void)resolveCredentials(c, envOf({{"AK", "id"}}));
    FAIL();
  } catch (const CredentialError& e) {
    EXPECT_THAT(e.what(), HasSubstr("is empty"));
  }
}

TEST(Credentials, InlineValue) {
  CredentialConfig c;
  c.name = "x";
  c.access_key_id.inline_value = Secret("id");
  c.access_key_secret.inline_value = Secret("inline-secret");
  EXPECT_EQ(resolveCredentials(c, envOf({})).access_key_secret.reveal(), "inline-secret");
  EXPECT_EQ(c.access_key_secret.describe(), "inline");
}

}  // namespace
}  // namespace cgs
