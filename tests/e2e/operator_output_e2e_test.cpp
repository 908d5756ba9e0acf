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

// The one-liner README's SQL section gives, read from README.md itself (the first statement after
// `comment`).
std::string readmeQuery(const std::string& comment) {
  const std::string readme = readFile(CGS_SOURCE_DIR "/README.md");
  const auto at = readme.find("-- " + comment + "\n");
  if (at == std::string::npos) return "";
  const auto from = readme.find('\n', at) + 1;
  return readme.substr(from, readme.find(";\n", from) - from);
}

// Found walking the operator's path: "groups renamed this week" missed a group restored under a
// new name (a `restored` change with a Subject diff).
TEST_F(OperatorOutput, ReadmesRenamedThisWeekFindsAGroupRestoredUnderANewName) {
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  const json group = data["accounts"][0]["groups"][0];
  const std::string id = group["GroupId"];
  const sim::AccountKey account{cs, data["accounts"][0]["business_number"]};
  t.sim().dataset().mutate(account, json::array({{{"op", "delete"}, {"group_id", id}}}));
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  json renamed = group;
  renamed["Subject"] = "back under a new name";
  t.sim().dataset().mutate(account, json::array({{{"op", "add"}, {"group", renamed}}}));
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  ASSERT_EQ(t.schema().scalar<std::string>(
                "SELECT change_type FROM chat_group_changes ORDER BY change_id DESC LIMIT 1"),
            "restored");
  const std::string sql = readmeQuery("groups renamed this week");
  ASSERT_FALSE(sql.empty());
  const auto rows = t.schema().query(sql);
  ASSERT_EQ(rows.size(), 1u) << sql;
  EXPECT_EQ(rows[0][0].as<std::string>(), id);
  EXPECT_EQ(rows[0][2].as<std::string>(), "back under a new name");
}

}  // namespace
}  // namespace cgs::testing
