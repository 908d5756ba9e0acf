// Group members through the built binary: a SIGKILL in the middle of a member refresh, and a
// pseudonymization key that keeps every number out of the database, the logs and the output.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

// The simulator's members of every group of the first account: group_id -> sorted numbers.
std::map<std::string, std::vector<std::string>> simMembers(E2e& t) {
  const json snapshot = t.sim().dataset().snapshot();
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& [group, numbers] : snapshot["accounts"][0]["participants"].items()) {
    auto& list = out[group];
    for (const auto& n : numbers) list.push_back(n.get<std::string>());
    std::sort(list.begin(), list.end());
  }
  return out;
}

// The mirror's current members of the groups that have a check row: group_id -> sorted numbers.
std::map<std::string, std::vector<std::string>> mirrorMembers(E2e& t) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& r : t.schema().query("SELECT group_id FROM chat_group_participant_checks")) {
    out[r[0].as<std::string>()];
  }
  for (const auto& r : t.schema().query(
           "SELECT group_id, participant_number FROM chat_group_participants WHERE left_at IS NULL "
           "ORDER BY participant_number")) {
    out[r[0].as<std::string>()].push_back(r[1].as<std::string>());
  }
  return out;
}

TEST(ParticipantsE2e, KilledDuringARefreshLeavesEachGroupBeforeOrAfterItsRefresh) {
  const json data = sim::generateDataset({1, 400, 17, true});
  E2e t(data);
  t.setApiQps(60);  // 400 member requests take several seconds: room to land a kill inside
  auto accounts = E2e::accountsOf(data);
  accounts[0].extra = "    participants: true\n";
  const std::string cfg = t.writeConfig(accounts, "participants:\n  max_requests_per_run: 1000\n");
  ASSERT_EQ(t.run({"--config", cfg, "--migrate"}).code, 0);

  auto p = t.start({"--config", cfg, "--once"}, "killed");
  ASSERT_TRUE(E2e::eventually(
      [&] {
        return t.schema().scalar<int>(
                   "SELECT coalesce(max(participant_groups_refreshed), 0) FROM sync_runs") > 0;
      },
      60s))
      << "no member batch was committed";
  p->signal(SIGKILL);
  (void)p->wait(10s);

  const auto want = simMembers(t);
  const auto have = mirrorMembers(t);
  ASSERT_GT(have.size(), 0u);
  ASSERT_LT(have.size(), want.size()) << "the kill landed after the refresh";
  for (const auto& [group, numbers] : have) {
    EXPECT_EQ(numbers, want.at(group)) << group << ": refreshed, so whole";
  }
  EXPECT_EQ(t.schema().scalar<int>(
                "SELECT count(*) FROM chat_group_participants p WHERE NOT EXISTS (SELECT 1 FROM "
                "chat_group_participant_checks k WHERE k.group_id = p.group_id)"),
            0)
      << "members only of groups whose refresh committed";
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM chat_group_changes WHERE change_type = "
                                   "'participant_joined'"),
            t.schema().scalar<int>("SELECT count(*) FROM chat_group_participants"))
      << "history and memberships committed together";
  EXPECT_EQ(t.schema().scalar<int>("SELECT participant_groups_refreshed FROM sync_runs"),
            static_cast<int>(have.size()))
      << "the run's counts committed with each batch";

  const auto again = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_EQ(mirrorMembers(t), want) << "the next run refreshes the rest";
  for (const auto& [group, numbers] : want) {  // without a key, numbers are stored, never logged
    for (const auto& n : numbers) EXPECT_EQ(again.err.find(n), std::string::npos) << n;
  }
}

TEST(ParticipantsE2e, WithAKeyNoNumberReachesTheDatabaseTheLogsOrTheOutput) {
  const json data = sim::generateDataset({1, 40, 23, true});
  E2e t(data);
  const std::string key_file = t.dir().file("member-key");
  writeSecretFile(key_file, "e2e-pseudonymization-key-0123456789\n");
  auto accounts = E2e::accountsOf(data);
  accounts[0].extra = "    participants: true\n";
  const std::string cfg = t.writeConfig(
      accounts,
      "logging:\n  level: trace\nparticipants:\n  pseudonymize_key_file: " + key_file + "\n");

  const auto check = t.run({"--config", cfg, "--check-config"});
  EXPECT_EQ(check.code, 0) << check.err;
  EXPECT_THAT(check.out, ::testing::HasSubstr("numbers pseudonymized with the key from file"));

  const auto first = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(first.code, 0) << first.err;
  const auto key = sim::AccountKey{accounts[0].cust_space_id, accounts[0].business_number};
  const auto before = simMembers(t);
  const std::string group = before.begin()->first;
  t.sim().dataset().mutate(
      key,
      json::array(
          {{{"op", "join"}, {"group_id", group}, {"numbers", {"8612300000001", "8612300000002"}}},
           {{"op", "leave"}, {"group_id", group}, {"numbers", {before.begin()->second.front()}}}}));
  const auto dry = t.run({"--config", cfg, "--once", "--dry-run"});
  ASSERT_EQ(dry.code, 0) << dry.err;
  EXPECT_THAT(dry.out, ::testing::HasSubstr("members: 1 group(s) refreshed, 2 joined, 1 left"));
  EXPECT_THAT(dry.out, ::testing::HasSubstr("participant_joined"));
  EXPECT_THAT(dry.out, ::testing::HasSubstr("hmac-sha256:"));
  const auto second = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(second.code, 0) << second.err;
  EXPECT_EQ(
      t.schema().scalar<int>("SELECT participants_joined::text || participants_left FROM sync_runs "
                             "ORDER BY started_at DESC LIMIT 1"),
      21);

  const std::string database = t.schema().scalar<std::string>(
      "SELECT (SELECT string_agg(p::text, '|') FROM chat_group_participants p) || "
      "(SELECT string_agg(c::text, '|') FROM chat_group_changes c) || "
      "(SELECT string_agg(s::text, '|') FROM sync_runs s)");
  std::vector<std::string> numbers{"8612300000001", "8612300000002"};
  for (const auto& [g, list] : before) numbers.insert(numbers.end(), list.begin(), list.end());
  const std::string everything = database + first.out + first.err + dry.out + dry.err + second.out +
                                 second.err + check.out + check.err;
  for (const auto& n : numbers) EXPECT_EQ(everything.find(n), std::string::npos) << n;
  EXPECT_EQ(everything.find("e2e-pseudonymization-key"), std::string::npos) << "the key itself";
  EXPECT_THAT(first.err, ::testing::HasSubstr("ListChatGroupParticipants page fetched"))
      << "the trace log was on, and still printed no number";
}

}  // namespace
}  // namespace cgs::testing
