// Hostile configuration files through the built binary: each is refused with exit code 2 and a
// message naming file:line:column, quickly, with bounded output and no crash; nothing is synced.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using ::testing::Not;

struct HostileConfig {
  std::string name;
  std::string text;
  std::string error;  // a fragment of stderr
};

std::string laughs() {  // "billion laughs": nine levels of aliases of nine aliases
  std::string y = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    const char p = static_cast<char>(c - 1);
    y += fmt::format("{0}: &{0} [*{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}]\n", c, p);
  }
  return y + "accounts: *i\n";
}

std::vector<HostileConfig> hostileConfigs() {
  const std::string account =
      "accounts:\n  - name: a\n    cust_space_id: c\n    business_number: \"1\"\n";
  return {
      {"empty", "", "empty.yaml: the file is empty"},
      {"scalar", "hello\n", "scalar.yaml:1:1: expected a mapping, got \"hello\""},
      {"binary", std::string("\x00\x01\x02garbage\xff\xfe", 12), "binary.yaml:1:1:"},
      {"tabs", "database:\n\turl: x\n", "tabs.yaml:2:"},
      {"unclosed", "accounts: [\n", "unclosed.yaml:2:"},
      {"deep", "accounts: " + std::string(100000, '[') + std::string(100000, ']') + "\n",
       "nested deeper than"},
      {"laughs", laughs(), "laughs.yaml:8:4: accounts[8]: expected a mapping, got a list"},
      {"merge-key", "base: &b {name: x}\naccounts:\n  - <<: *b\n",
       "merge-key.yaml:3:5: accounts[0].<<: unknown key \"<<\""},
      {"duplicate-key", "api:\n  qps: 1\n  qps: 2\n" + account, "duplicate-key.yaml:3:3"},
      {"huge-integer", "api:\n  page_size: 99999999999999999999999\n" + account,
       "huge-integer.yaml:2:14: api.page_size: expected a whole number"},
      {"infinite-qps", "api:\n  qps: .inf\n" + account, "infinite-qps.yaml:2:8: api.qps"},
      {"negative-interval", "schedule:\n  interval: -5s\n" + account,
       "negative-interval.yaml:2:13: schedule.interval"},
      {"tls-off", "api:\n  tls_verify: false\n" + account,
       "tls-off.yaml:2:3: api.tls_verify: unknown key"},
      {"http-remote",
       "api:\n  scheme: http\n  endpoint: cams.ap-southeast-1.aliyuncs.com\n" + account,
       "http-remote.yaml:2:11: api.scheme: http sends signed requests in clear text"},
      // Found by a review: "loopback" was a string prefix, so these passed and would have sent the
      // signed request (and an STS token) or the events in clear text off the machine.
      {"http-fake-loopback-endpoint",
       "api:\n  scheme: http\n  endpoint: 127.evil.example:80\n" + account,
       "http-fake-loopback-endpoint.yaml:2:11: api.scheme: http sends signed requests in clear "
       "text"},
      {"http-fake-loopback-webhook",
       account + "webhooks:\n  - name: crm\n    url: http://127.attacker.example/hook\n"
                 "    secret_env: HOOK\n",
       "http-fake-loopback-webhook.yaml:7:10: webhooks[0].url: http sends events in clear text"},
      {"http-localhost-suffix",
       account + "webhooks:\n  - name: crm\n    url: http://localhost.evil.example:8080/h\n"
                 "    secret_env: HOOK\n",
       "webhooks[0].url: http sends events in clear text"},
      {"invalid-utf8-name",
       "accounts:\n  - name: \"\xc3\x28\"\n    cust_space_id: c\n    business_number: \"1\"\n",
       "must match [a-z0-9_-]+, got \"\\xc3(\""},
      {"megabyte-name",
       "accounts:\n  - name: " + std::string(1 << 20, 'N') +
           "\n    cust_space_id: c\n    business_number: \"1\"\n",
       "(and 1048496 more bytes)"},
      {"scalar-item-then-dangling-credentials",
       "accounts:\n  - just a string\n  - name: a\n    cust_space_id: c\n    business_number: "
       "\"1\"\n    credentials: nope\n",
       "scalar-item-then-dangling-credentials.yaml:6:18: accounts[1].credentials: no credential "
       "set named \"nope\""},
      {"inline-secret-readable",
       "credentials:\n  default:\n    access_key_id: LTAI5tX\n    access_key_secret: "
       "s3cr3t-inline\n" +
           account,
       "inline-secret-readable.yaml:4:"},
  };
}

TEST(HostileConfig, EachIsRefusedWithItsPlaceAndNoCrash) {
  TempDir dir;
  for (const auto& c : hostileConfigs()) {
    SCOPED_TRACE(c.name);
    const std::string path = dir.file(c.name + ".yaml");
    std::ofstream(path, std::ios::binary) << c.text;
    // Owner-only except where the test is about the mode.
    ::chmod(path.c_str(), c.name == "inline-secret-readable" ? 0644 : 0600);
    for (const char* mode : {"--check-config", "--once"}) {
      const auto started = std::chrono::steady_clock::now();
      const auto r = runToEnd(binary(), {"--config", path, mode}, {}, dir.file(c.name), 30s);
      EXPECT_EQ(r.code, 2) << mode << "\n" << r.err;
      EXPECT_THAT(r.err, HasSubstr(c.error)) << mode;
      EXPECT_LT(r.err.size(), 16u << 10) << mode << ": output stays bounded";
      EXPECT_THAT(r.err, Not(HasSubstr(std::string(1, '\x01')))) << "control bytes are escaped";
      EXPECT_LT(std::chrono::steady_clock::now() - started, 10s) << mode;
    }
  }
}

TEST(HostileConfig, PathsThatAreNotConfigFiles) {
  TempDir dir;
  const auto missing = runToEnd(binary(), {"--config", dir.file("nope.yaml"), "--check-config"}, {},
                                dir.file("missing"));
  EXPECT_EQ(missing.code, 2);
  EXPECT_THAT(missing.err, HasSubstr("nope.yaml: cannot read: No such file or directory"));
  const auto directory =
      runToEnd(binary(), {"--config", dir.file(""), "--check-config"}, {}, dir.file("dir"));
  EXPECT_EQ(directory.code, 2);
  EXPECT_THAT(directory.err, HasSubstr("not a regular file"));
  const std::string big = dir.file("big.yaml");
  std::ofstream(big) << std::string((4 << 20) + 1, '#');
  const auto huge = runToEnd(binary(), {"--config", big, "--check-config"}, {}, dir.file("big"));
  EXPECT_EQ(huge.code, 2);
  EXPECT_THAT(huge.err, HasSubstr("a configuration is at most"));
}

// Found walking the operator's path: --check-config (the unit's ExecStartPre) said "valid" when no
// credential could be read, and every run then failed with CredentialsUnavailable.
TEST(CheckConfig, NamesEverySourceThatCannotBeReadAndThePlaceholderAndExits2) {
  TempDir dir;
  const std::string loose = dir.file("loose-secret");
  std::ofstream(loose) << "a-webhook-secret-of-enough-length\n";
  ::chmod(loose.c_str(), 0644);
  const std::string path = dir.file("config.yaml");
  std::ofstream(path) << fmt::format(R"(credentials:
  default:
    access_key_id_env: CGS_TEST_UNSET_KEY_ID
    access_key_secret_file: {}
accounts:
  - name: acme
    cust_space_id: cams-xxxx
    business_number: "8613800000000"
    group_status: ACTIVE
webhooks:
  - name: crm
    url: https://crm.example.com/hooks
    secret_file: {}
)",
                                     dir.file("missing-secret"), loose);
  ::chmod(path.c_str(), 0600);
  const auto r = runToEnd(binary(), {"--config", path, "--check-config"}, {}, dir.file("check"));
  EXPECT_EQ(r.code, 2) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("is valid"));
  EXPECT_THAT(r.out, HasSubstr("warning: account \"acme\": with group_status ACTIVE, a group whose "
                               "status changes to another is recorded as removed"));
  EXPECT_THAT(r.err, HasSubstr("error: account \"acme\": cust_space_id cams-xxxx is the "
                               "example's placeholder"));
  EXPECT_THAT(r.err, HasSubstr("error: credential set \"default\": access_key_id: environment "
                               "variable CGS_TEST_UNSET_KEY_ID is not set"));
  EXPECT_THAT(r.err, HasSubstr("error: webhook \"crm\": secret: " + loose +
                               " is readable by group or others (mode 0644): chmod 600 it"));
  EXPECT_THAT(r.err,
              HasSubstr("error: credential set \"default\": access_key_secret: cannot read"));
  EXPECT_THAT(r.err, HasSubstr("4 problem(s) would stop"));
  EXPECT_THAT(r.out + r.err, Not(HasSubstr("a-webhook-secret")));
}

}  // namespace
}  // namespace cgs::testing
