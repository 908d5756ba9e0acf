// What an operator reads: every printout escapes control characters from the API, and the
// commands that meet an unusable database or a bad argument say what to do in one line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

class OperatorOutput : public OneAccountTest {
 protected:
  OperatorOutput() : OneAccountTest(808) {}
};

TEST_F(OperatorOutput, DryRunEscapesTerminalSequencesInApiStrings) {
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  const json group_id = data["accounts"][0]["groups"][0]["GroupId"];
  const std::string hostile = "\x1b[31mred\x1b]0;owned\x07\r\nforged line";
  t.sim().dataset().mutate(
      {cs, data["accounts"][0]["business_number"]},
      json::array({{{"op", "update"}, {"group_id", group_id}, {"set", {{"Subject", hostile}}}}}));
  const auto dry = t.run({"--config", cfg, "--once", "--dry-run"});
  EXPECT_EQ(dry.code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("\\x1b[31mred\\x1b]0;owned\\x07\\x0d\\x0aforged line"));
  for (const char c : {'\x1b', '\x07', '\r'}) {
    EXPECT_EQ(dry.out.find(c), std::string::npos) << "raw byte " << int(c) << " in: " << dry.out;
  }
  EXPECT_THAT(dry.out, Not(HasSubstr("\nforged line")));
}

TEST_F(OperatorOutput, StatusOnADatabaseWithoutTheMirrorSaysHowToCreateIt) {
  const auto status = t.run({"--config", cfg, "--status"});
  EXPECT_EQ(status.code, 3) << status.err;
  EXPECT_THAT(status.err, HasSubstr("has no mirror in schema " + t.schema().name() +
                                    " yet: create it with cams-groupsync --migrate"));
  EXPECT_THAT(status.err, Not(HasSubstr("relation")));
  EXPECT_THAT(status.err, Not(HasSubstr("SELECT")));
}

TEST_F(OperatorOutput, RedeliverWithABadTimeIsAUsageErrorNamingTheFormat) {
  const std::string hooked = t.writeConfig(
      E2e::accountsOf(data),
      "webhooks:\n  - name: crm\n    url: http://127.0.0.1:9/hooks\n    secret_env: NONE\n",
      "hooked.yaml");
  const auto r = t.run({"--config", hooked, "--redeliver", "crm", "--since", "not-a-time"});
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_THAT(r.out + r.err, HasSubstr("expected an ISO 8601 time like 2026-11-20"));
}

}  // namespace
}  // namespace cgs::testing
