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
  // Writes a file as a secret file should be: mode 0600.
  fs::path secretFile(const std::string& name, const std::string& content) const {
    std::ofstream(path_ / name) << content;
    fs::permissions(path_ / name, fs::perms::owner_read | fs::perms::owner_write);
    return path_ / name;
  }

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
  dir.secretFile("secret", "file-secret\n\n");
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
  dir.secretFile("empty", "  \n");
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

// Found by a review: an access_key_secret_file of mode 0644 was accepted silently.
TEST(Credentials, ASecretFileReadableByGroupOrOthersIsRefusedByName) {
  TempDir dir;
  const auto path = dir.secretFile("secret", "file-secret\n");
  CredentialConfig c = envSet();
  c.access_key_secret.env.clear();
  c.access_key_secret.file = path.string();
  for (const auto mode : {fs::perms::group_read, fs::perms::others_read}) {
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | mode);
    try {
      (void)resolveCredentials(c, envOf({{"AK", "id"}}));
      FAIL();
    } catch (const CredentialError& e) {
      EXPECT_THAT(e.what(), HasSubstr(path.string() + " is readable by group or others"));
      EXPECT_THAT(e.what(), HasSubstr("chmod 600"));
      EXPECT_THAT(e.what(), ::testing::Not(HasSubstr("file-secret")));
    }
  }
  // The webhook secret and the pseudonymization key follow the same rule.
  CredentialSource hook;
  hook.file = path.string();
  EXPECT_THROW((void)resolveSecret("webhook \"crm\"", "secret", hook, envOf({})), CredentialError);
  ParticipantsConfig p;
  p.pseudonymize_key.file = path.string();
  EXPECT_THROW((void)resolvePseudonymizeKey(p, envOf({})), CredentialError);
  fs::permissions(path, fs::perms::owner_read);
  EXPECT_EQ(resolveCredentials(c, envOf({{"AK", "id"}})).access_key_secret.reveal(), "file-secret");
}

TEST(Credentials, AHugeOrSpecialSecretFileIsRefused) {
  TempDir dir;
  CredentialConfig c = envSet();
  c.access_key_secret.env.clear();
  c.access_key_secret.file = dir.secretFile("big", std::string(65 * 1024, 'k')).string();
  EXPECT_THROW((void)resolveCredentials(c, envOf({{"AK", "id"}})), CredentialError);
  c.access_key_secret.file = dir.path().string();  // a directory
  EXPECT_THROW((void)resolveCredentials(c, envOf({{"AK", "id"}})), CredentialError);
}

// Found by a review: an STS token ending in "\r\nX-Injected-Header: yes" put that header on the
// wire.
TEST(Credentials, ControlCharactersInKeyIdSecretOrTokenAreRefusedWithoutTheValue) {
  const std::string injected = "tok\r\nX-Injected-Header: yes";
  const std::vector<std::map<std::string, std::string>> cases{
      {{"AK", "id"}, {"SK", "s"}, {"TOK", injected}},
      {{"AK", "id\nX: y"}, {"SK", "s"}},
      {{"AK", "id"}, {"SK", "s\x7f"}},
  };
  for (const auto& vars : cases) {
    try {
      (void)resolveCredentials(envSet(), envOf(vars));
      FAIL();
    } catch (const CredentialError& e) {
      EXPECT_THAT(e.what(), HasSubstr("credential set \"default\""));
      EXPECT_THAT(e.what(), HasSubstr("holds a control character"));
      EXPECT_THAT(e.what(), HasSubstr("env "));
      EXPECT_THAT(e.what(), ::testing::Not(HasSubstr("Injected")));
    }
  }
  TempDir dir;
  CredentialConfig c = envSet();
  c.security_token.env.clear();
  c.security_token.file = dir.secretFile("token", injected + "\n").string();
  EXPECT_THROW((void)resolveCredentials(c, envOf({{"AK", "id"}, {"SK", "s"}})), CredentialError);
}

}  // namespace
}  // namespace cgs
