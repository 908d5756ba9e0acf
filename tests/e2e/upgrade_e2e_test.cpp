// Upgrades across releases, through the binary: a mirror made by the previous release (a dump it
// wrote, tests/data/release-0.1.0-mirror.sql) is migrated in place and its first sync writes
// nothing; a binary whose migrations are older than the database's refuses cleanly and a daemon
// of it stays up without syncing; a replica of the older release stops writing once a newer one
// migrates under it. An older release is this binary with fewer migrations (database.
// migrations_dir): what it knows is the migrations it carries.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <pqxx/pqxx>

#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

// Restores a dump made by an earlier release (scripts/release-fixture.sh) into the test's schema.
void loadReleaseFixture(const TestSchema& schema, const std::string& version = "0.1.0") {
  std::string underscored = version;
  std::replace(underscored.begin(), underscored.end(), '.', '_');
  const std::string sql =
      std::regex_replace(readFile(CGS_SOURCE_DIR "/tests/data/release-" + version + "-mirror.sql"),
                         std::regex("cgs_release_" + underscored), schema.name());
  pqxx::connection c(testDatabaseUrl());
  pqxx::nontransaction tx(c);
  tx.exec(sql);
}

std::vector<E2eAccount> releaseAccounts() {
  return {{"fx-one", "cams-fx-1", "8613800000001", ""},
          {"fx-two", "cams-fx-2", "8613800000002", ""}};
}

// What a typed column must hold for an item field: whole JSON numbers in range, else null.
std::string expectedCount(const json& item) {
  const auto it = item.find("TotalParticipantCount");
  if (it == item.end() || !it->is_number()) return "-";
  const double v = it->get<double>();
  return v == static_cast<double>(static_cast<long long>(v))
             ? std::to_string(static_cast<long long>(v))
             : "-";
}

// The first sync after an upgrade, of the listing the release last saw (tests/data/
// release-sim.json): it succeeds for both accounts, writes no mirror row and no change, and finds
// all 49 groups unchanged.
Completed firstSyncWritesNothing(E2e& t, const std::string& cfg, int history, int runs) {
  const auto before = tupleVersions(t.schema());
  auto first = t.run({"--config", cfg, "--once"});
  EXPECT_EQ(tupleVersions(t.schema()), before) << "the first sync after the upgrade writes nothing";
  const auto count = [&](const std::string& sql) { return t.schema().scalar<int>(sql); };
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_changes"), history) << "and records no change";
  EXPECT_EQ(count("SELECT count(*) FROM sync_runs WHERE status = 'succeeded'"), runs + 2);
  EXPECT_EQ(count("SELECT sum(unchanged) FROM (SELECT unchanged FROM sync_runs "
                  "ORDER BY started_at DESC LIMIT 2) x"),
            49);
  return first;
}

TEST(Upgrade, MirrorOfThePreviousReleaseIsUpgradedInPlaceAndItsFirstSyncWritesNothing) {
  const json data = json::parse(readFile(CGS_SOURCE_DIR "/tests/data/release-sim.json"));
  E2e t(data);
  loadReleaseFixture(t.schema());
  const auto count = [&](const std::string& sql) { return t.schema().scalar<int>(sql); };
  ASSERT_EQ(count("SELECT max(version) FROM schema_migrations"), 1);
  const int groups = count("SELECT count(*) FROM chat_groups");
  const int history = count("SELECT count(*) FROM chat_group_changes");
  const int runs = count("SELECT count(*) FROM sync_runs");
  const std::string cfg = t.writeConfig(releaseAccounts());

  const auto plan = t.run({"--config", cfg, "--migrate", "--dry-run"});
  EXPECT_EQ(plan.code, 0) << plan.err;
  EXPECT_THAT(plan.out, HasSubstr("would apply 0002_schema2.sql"));
  EXPECT_THAT(plan.out, HasSubstr("would apply 0003_participants.sql"));
  EXPECT_THAT(plan.out, HasSubstr("would apply 0004_webhooks.sql"));
  const auto files = loadMigrations(migrationsDir());
  for (std::size_t i = 1; i < files.size(); ++i) {
    EXPECT_THAT(plan.out, HasSubstr("would apply " + files[i].name));
  }
  EXPECT_EQ(count("SELECT max(version) FROM schema_migrations"), 1) << "a dry run applies nothing";
  // A dry sync needs the schema this binary writes: it says so instead of failing on a table.
  const auto early = t.run({"--config", cfg, "--once", "--dry-run"});
  EXPECT_EQ(early.code, 3) << early.err;
  EXPECT_THAT(early.err, HasSubstr(fmt::format("lacks {} migration(s) this cams-groupsync needs "
                                               "(first 0002_schema2.sql): run --migrate first",
                                               files.size() - 1)));

  const auto migrated = t.run({"--config", cfg, "--migrate"});
  ASSERT_EQ(migrated.code, 0) << migrated.err;
  EXPECT_EQ(count("SELECT max(version) FROM schema_migrations"), files.back().version);
  EXPECT_EQ(count("SELECT count(*) FROM chat_groups"), groups) << "rows intact";
  EXPECT_EQ(count("SELECT count(*) FROM sync_runs WHERE participant_requests = 0 AND "
                  "participant_error_code IS NULL"),
            runs)
      << "old runs read as runs without a member refresh";
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_changes"), history);
  for (const auto& account : data["accounts"]) {  // backfilled as a sync would have written them
    for (const auto& item : account["groups"]) {
      const std::string id = item["GroupId"];
      EXPECT_EQ(t.schema().scalar<std::string>(
                    "SELECT coalesce(total_participant_count::text, '-') FROM chat_groups "
                    "WHERE group_id = '" +
                    id + "'"),
                expectedCount(item))
          << id;
    }
  }
  EXPECT_EQ(count("SELECT count(*) FROM chat_groups WHERE business_role = 'ADMIN'"), 8);

  const auto first = firstSyncWritesNothing(t, cfg, history, runs);
  ASSERT_EQ(first.code, 0) << first.err;
  // Items whose typed fields have the wrong JSON type: one warning per field and run, with the
  // request id, and the run succeeds.
  for (const char* field : {"TotalParticipantCount", "GmtModifier"}) {
    EXPECT_THAT(first.err,
                ::testing::ContainsRegex(std::string(field) +
                                         ": [0-9]+ item\\(s\\) with a value of the "
                                         "wrong JSON type \\(first: group G[0-9]-[0-9]+, "
                                         "request [0-9A-F-]{36}\\)"));
  }
  // A dry run shows a typed field's change like any other field's.
  t.sim().dataset().mutate({"cams-fx-1", "8613800000001"},
                           json::parse(R"([{"op":"update","group_id":"G1-006",)"
                                       R"("set":{"TotalParticipantCount":43}}])"));
  const auto dry = t.run({"--config", cfg, "--once", "--dry-run", "--account", "fx-one"});
  EXPECT_EQ(dry.code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr(R"("TotalParticipantCount": {"new": 43, "old": 42})"));
  // The old history (written before schema 2) still answers "as of": after the first run of
  // fx-one, G1-001 had its first name.
  EXPECT_EQ(t.schema().scalar<std::string>(
                "SELECT subject FROM chat_group_as_of('cams-fx-1', '8613800000001', 'G1-001', "
                "(SELECT min(finished_at) FROM sync_runs WHERE account_name = 'fx-one'))"),
            "Group 1.1");
}

// A mirror written by each earlier release: the two runs of scripts/release-fixture.sh (from 0.3.0
// on, the second account's members too) over tests/data/release-sim.json, the second one's state.
struct Release {
  const char* version;
  int schema_version;
  bool members;
};

class EveryRelease : public ::testing::TestWithParam<Release> {};

TEST_P(EveryRelease, ItsMirrorUpgradesInPlaceAndTheFirstSyncOfTheSameListingWritesNothing) {
  const Release& release = GetParam();
  const json data = json::parse(readFile(CGS_SOURCE_DIR "/tests/data/release-sim.json"));
  E2e t(data);
  loadReleaseFixture(t.schema(), release.version);
  const auto count = [&](const std::string& sql) { return t.schema().scalar<int>(sql); };
  ASSERT_EQ(count("SELECT max(version) FROM schema_migrations"), release.schema_version);
  const int groups = count("SELECT count(*) FROM chat_groups");
  const int history = count("SELECT count(*) FROM chat_group_changes");
  const int runs = count("SELECT count(*) FROM sync_runs");
  ASSERT_EQ(count("SELECT count(DISTINCT change_type) FROM chat_group_changes"),
            release.members ? 5 : 3)
      << "added, updated, removed (and members joining) are in the fixture's history";
  auto accounts = releaseAccounts();
  if (release.members) accounts[1].extra = "    participants: true\n";
  const std::string cfg = t.writeConfig(accounts);

  const auto migrated = t.run({"--config", cfg, "--migrate"});
  ASSERT_EQ(migrated.code, 0) << migrated.err;
  EXPECT_EQ(count("SELECT max(version) FROM schema_migrations"),
            loadMigrations(migrationsDir()).back().version);
  EXPECT_EQ(count("SELECT count(*) FROM chat_groups"), groups) << "rows intact";
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_changes"), history) << "history intact";
  EXPECT_EQ(count("SELECT count(*) FROM sync_runs"), runs);

  const auto first = firstSyncWritesNothing(t, cfg, history, runs);
  ASSERT_EQ(first.code, 0) << first.err;
  // The mirror is the listing, and the members the simulator's.
  for (const auto& account : data["accounts"]) {
    const std::string cs = account["cust_space_id"];
    EXPECT_EQ(t.mirror(cs), t.simGroups(cs)) << cs;
  }
  if (release.members) {
    std::set<std::string> mirrored;
    for (const auto& r : t.schema().query("SELECT group_id || ' ' || participant_number FROM "
                                          "current_chat_group_participants")) {
      mirrored.insert(r[0].as<std::string>());
    }
    std::set<std::string> listed;
    for (const auto& [group, numbers] : data["accounts"][1]["participants"].items()) {
      for (const auto& n : numbers) listed.insert(group + " " + n.get<std::string>());
    }
    EXPECT_EQ(mirrored, listed);
  }
  // The old history answers "as of": after the first run of fx-one, G1-001 had its first name.
  EXPECT_EQ(t.schema().scalar<std::string>(
                "SELECT subject FROM chat_group_as_of('cams-fx-1', '8613800000001', 'G1-001', "
                "(SELECT min(finished_at) FROM sync_runs WHERE account_name = 'fx-one'))"),
            "Group 1.1");
}

INSTANTIATE_TEST_SUITE_P(Upgrade, EveryRelease,
                         ::testing::Values(Release{"0.1.0", 1, false}, Release{"0.2.0", 2, false},
                                           Release{"0.3.0", 4, true}, Release{"0.4.2", 5, true}),
                         [](const ::testing::TestParamInfo<Release>& p) {
                           std::string name = std::string("Release_") + p.param.version;
                           std::replace(name.begin(), name.end(), '.', '_');
                           return name;
                         });

TEST(Upgrade, OlderReleaseFacingANewerSchemaRefusesAndItsDaemonStaysUpWithoutSyncing) {
  const json data = sim::generateDataset({1, 20, 3});
  E2e t(data);
  const std::string current = t.writeConfig(E2e::accountsOf(data), "", "current.yaml");
  ASSERT_EQ(t.run({"--config", current, "--migrate"}).code, 0);
  t.setMigrationsDir(migrationsOf(t.dir(), 1));
  const std::string older = t.writeConfig(E2e::accountsOf(data),
                                          "schedule:\n  interval: 1s\n  jitter: 0\n", "older.yaml");

  const auto once = t.run({"--config", older, "--once"});
  EXPECT_EQ(once.code, 3) << once.err;
  const auto latest = loadMigrations(migrationsDir()).back();
  EXPECT_THAT(once.err, HasSubstr(fmt::format("at version {} ({}), newer than this cams-groupsync",
                                              latest.version, latest.name)));
  EXPECT_THAT(once.err, HasSubstr("(up to version 1)"));

  auto daemon = t.start({"--config", older}, "older-daemon");
  ASSERT_TRUE(E2e::eventually([&] {
    return daemon->err().find("not syncing") != std::string::npos;
  })) << daemon->err();
  ASSERT_TRUE(E2e::eventually([&] { return daemon->err().find("ready:") != std::string::npos; }))
      << "it comes up (no restart loop under systemd): " << daemon->err();
  EXPECT_TRUE(daemon->running());
  daemon->signal(SIGTERM);
  EXPECT_EQ(daemon->wait(10s), 0) << daemon->err();
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM sync_runs"), 0) << "nothing was synced";
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM chat_groups"), 0);
}

TEST(Upgrade, ReplicaOfTheOlderReleaseStopsWritingOnceANewerOneMigrates) {
  const json data = sim::generateDataset({2, 20, 4});
  E2e t(data);
  const auto accounts = E2e::accountsOf(data);
  const std::string older =
      t.writeConfig(accounts, "schedule:\n  interval: 1s\n  jitter: 0\n", "older.yaml");
  t.setMigrationsDir(migrationsOf(t.dir(), 99, "CREATE TABLE newer_release_marker (note text);\n"));
  const std::string newer = t.writeConfig(accounts, "", "newer.yaml");

  auto daemon = t.start({"--config", older}, "older-replica");
  const auto succeeded = [&] {
    try {
      return t.schema().scalar<int>("SELECT count(*) FROM sync_runs WHERE status = 'succeeded'");
    } catch (const std::exception&) {
      return 0;  // not migrated yet
    }
  };
  ASSERT_TRUE(E2e::eventually([&] { return succeeded() >= 4; })) << daemon->err();

  const auto migrated = t.run({"--config", newer, "--migrate"});
  ASSERT_EQ(migrated.code, 0) << migrated.err;
  t.sim().dataset().mutate(
      {"cams-sim-0001", "8613800000001"},
      json::parse(R"([{"op":"add","group":{"GroupId":"AFTER","Subject":"a"}}])"));
  ASSERT_TRUE(E2e::eventually([&] {
    return daemon->err().find("not syncing") != std::string::npos;
  })) << daemon->err();
  EXPECT_TRUE(daemon->running());
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM chat_groups WHERE group_id = 'AFTER'"), 0)
      << "the older replica wrote nothing to the newer schema";
  EXPECT_EQ(t.schema().scalar<int>(
                "SELECT count(*) FROM sync_runs WHERE status = 'succeeded' AND finished_at > "
                "(SELECT applied_at FROM schema_migrations WHERE version = 9001)"),
            0);
  daemon->signal(SIGTERM);
  EXPECT_EQ(daemon->wait(10s), 0) << daemon->err();

  const auto upgraded = t.run({"--config", newer, "--once"});  // the newer release syncs on
  EXPECT_EQ(upgraded.code, 0) << upgraded.err;
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM chat_groups WHERE group_id = 'AFTER'"), 1);
}

}  // namespace
}  // namespace cgs::testing
