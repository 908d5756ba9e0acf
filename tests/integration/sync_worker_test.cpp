// SyncWorker (one AccountRun per call) against a real PostgreSQL and an in-process cams-sim over
// loopback HTTP: the run's outcome rules end to end without the binary.
#include "sync/sync_worker.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/first_sync_copy.h"
#include "store/run_store.h"
#include "sync_fixture.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

class SyncWorkerTest : public ::testing::Test {
 protected:
  explicit SyncWorkerTest(int groups = 30)
      : sim_(startSim(sim::generateDataset({1, groups, 5}))),
        config_(std::make_shared<const Config>(syncTestConfig(schema_, *sim_))),
        env_(syncTestEnvironment(config_, clock_, random_, stop_)) {}

  RunReport run(RunOptions options = {"once", false, false}) {
    return worker_.run(config_->accounts.front(), env_, options);
  }
  std::string recorded(const std::string& run_id) {
    return schema_.scalar<std::string>(
        "SELECT status || ' ' || coalesce(error_code, '-') FROM sync_runs WHERE run_id = '" +
        run_id + "'");
  }
  int present() {
    return schema_.scalar<int>("SELECT count(*) FROM chat_groups WHERE removed_at IS NULL");
  }
  void mutate(const json& ops) {
    (void)sim_->dataset().mutate({"cams-sim-0001", "8613800000001"}, ops);
  }

  TestSchema schema_;
  std::unique_ptr<sim::SimServer> sim_;
  std::shared_ptr<const Config> config_;
  RealClock clock_;
  RealRandom random_;
  StopSignal stop_;
  SyncEnvironment env_;
  SyncWorker worker_{testDatabaseUrl(), schema_.name()};
};

TEST_F(SyncWorkerTest, CompleteListingSucceedsAndIsRecordedWithItsRequests) {
  const RunReport r = run();
  EXPECT_EQ(r.status, RunStatus::kSucceeded) << r.error_message;
  EXPECT_EQ(r.counts.added, 30);
  EXPECT_EQ(r.pages, 3);
  EXPECT_EQ(r.requests, 3u);
  EXPECT_EQ(r.groups_present, 30);
  EXPECT_EQ(recorded(r.run_id), "succeeded -");
  EXPECT_EQ(schema_.scalar<int>("SELECT cardinality(request_ids) FROM sync_runs"), 3);
  EXPECT_EQ(present(), 30);
}

TEST_F(SyncWorkerTest, MassRemovalIsHeldAndNothingIsApplied) {
  ASSERT_TRUE(run().ok());
  json ops = json::array();
  const auto first20 = sim_->dataset().page({"cams-sim-0001", "8613800000001"}, "", "", 1, 20);
  for (const auto& item : first20.items) {
    ops.push_back({{"op", "delete"}, {"group_id", json::parse(item)["GroupId"]}});
  }
  mutate(ops);
  const RunReport r = run();
  EXPECT_EQ(r.status, RunStatus::kHeld);
  EXPECT_EQ(r.error_code, "MassRemovalHeld");
  EXPECT_THAT(r.error_message, HasSubstr("would remove 20 of 30"));
  EXPECT_EQ(recorded(r.run_id), "held MassRemovalHeld");
  EXPECT_EQ(present(), 30) << "a held run applies nothing";
  const RunReport allowed = run({"once", false, true});
  EXPECT_EQ(allowed.status, RunStatus::kSucceeded);
  EXPECT_EQ(allowed.counts.removed, 20);
  EXPECT_EQ(present(), 10);
}

TEST_F(SyncWorkerTest, ListingThatStaysInconsistentIsIncompleteAndRemovesNothing) {
  ASSERT_TRUE(run().ok());
  // Page 2 comes back empty on every pass, with the real Total: never a whole listing.
  sim_->faults().set(json::parse(R"({"rules":[{"kind":"empty_list","page":2}]})"));
  const RunReport r = run();
  EXPECT_EQ(r.status, RunStatus::kIncomplete);
  EXPECT_EQ(r.error_code, "IncompleteListing");
  EXPECT_EQ(recorded(r.run_id), "incomplete IncompleteListing");
  EXPECT_EQ(present(), 30) << "no removals from an incomplete listing";
}

// A first sync large enough to add groups early, whose first pass turns inconsistent after the
// first batch is in: the restart undoes that batch, and the history has each group once.
class LargeFirstSyncTest : public SyncWorkerTest {
 protected:
  LargeFirstSyncTest() : SyncWorkerTest(static_cast<int>(kEarlyAddRows) + 500) {}
};

TEST_F(LargeFirstSyncTest, RestartAfterEarlyAddsLeavesEachGroupAddedOnce) {
  const int n = static_cast<int>(kEarlyAddRows) + 500;
  const int last_page = n / config_->api.page_size;
  sim_->faults().set(
      json{{"rules", {{{"kind", "empty_list"}, {"page", last_page - 5}, {"times", 1}}}}});
  const RunReport r = run();
  EXPECT_EQ(r.status, RunStatus::kSucceeded) << r.error_message;
  EXPECT_EQ(r.counts.added, n);
  EXPECT_GE(r.requests, static_cast<std::size_t>(last_page - 5 + last_page))
      << "the first pass reached the empty page (past the first batch); the second listed all";
  EXPECT_EQ(present(), n);
  EXPECT_EQ(schema_.scalar<int>("SELECT count(*) FROM chat_group_changes"), n);
  EXPECT_EQ(schema_.scalar<int>("SELECT count(DISTINCT group_id) FROM chat_group_changes"), n);
}

// Every pass lists a GroupId twice (pages 3 and 240 repeat page 1's groups, so two groups are never
// listed): the first sync copies the other groups straight into the mirror, adds each repeated
// GroupId once with its first copy, and the run is incomplete.
TEST_F(LargeFirstSyncTest, AGroupIdListedTwiceOnEveryPassIsAddedOnceWithItsFirstCopy) {
  const int n = static_cast<int>(kEarlyAddRows) + 500;
  const json items = sim::generateDataset({1, n, 5})["accounts"][0]["groups"];
  const int size = config_->api.page_size;
  const auto page = [&](int index, int at, const json& repeat) {
    json list = json::array();
    for (int i = (index - 1) * size; i < index * size; ++i) list.push_back(items[i]);
    list[at]["GroupId"] = repeat["GroupId"];
    list[at]["Subject"] = "Later copy";
    const json body{{"RequestId", "RAW-" + std::to_string(index)},
                    {"Code", "OK"},
                    {"Success", true},
                    {"Data", {{"Total", n}, {"List", list}}}};
    std::string hex;
    for (unsigned char c : body.dump()) hex += fmt::format("{:02x}", c);
    return json{{"kind", "raw"}, {"page", index}, {"status", 200}, {"body_hex", hex}};
  };
  sim_->faults().set(json{{"rules", {page(3, 4, items[5]), page(240, 0, items[6])}}});
  const RunReport r = run();
  EXPECT_EQ(r.status, RunStatus::kIncomplete);
  EXPECT_THAT(r.error_message, HasSubstr("appears more than once"));
  EXPECT_EQ(r.counts.added, n - 2);
  EXPECT_EQ(present(), n - 2);
  EXPECT_EQ(schema_.scalar<int>("SELECT count(*) FROM chat_group_changes WHERE change_type = "
                                "'added'"),
            n - 2);
  EXPECT_EQ(schema_.scalar<int>("SELECT count(*) FROM chat_groups WHERE subject = 'Later copy'"), 0)
      << "the first copy of each repeated GroupId is the one kept";
}

TEST_F(SyncWorkerTest, RefusedListingFailsWithTheApiCodeAndStagesNothing) {
  sim_->setForbidden(kSimKey, "cams-sim-0001", "", true);
  const RunReport r = run();
  EXPECT_EQ(r.status, RunStatus::kFailed);
  EXPECT_EQ(r.error_code, "Forbidden.RAM");
  EXPECT_FALSE(r.databaseError());
  EXPECT_EQ(recorded(r.run_id), "failed Forbidden.RAM");
  EXPECT_EQ(present(), 0);
  EXPECT_EQ(schema_.scalar<int>("SELECT cardinality(request_ids) FROM sync_runs"), 1)
      << "the refused request's id is on record";
}

TEST_F(SyncWorkerTest, DryRunWritesNothingAndReportsTheChanges) {
  const RunReport r = run({"once", true, false});
  EXPECT_EQ(r.status, RunStatus::kSucceeded);
  EXPECT_EQ(r.changes.size(), 30u);
  EXPECT_EQ(schema_.scalar<int>("SELECT count(*) FROM sync_runs"), 0);
  EXPECT_EQ(present(), 0);
}

TEST_F(SyncWorkerTest, AccountHeldByAnotherSessionIsSkippedAndNotRecorded) {
  AccountLock other(testDatabaseUrl(), schema_.name());
  ASSERT_TRUE(other.tryLock("acme"));
  const RunReport r = run();
  EXPECT_EQ(r.status, RunStatus::kSkipped);
  EXPECT_EQ(schema_.scalar<int>("SELECT count(*) FROM sync_runs"), 0);
  other.unlock("acme");
  EXPECT_TRUE(run().ok());
}

TEST_F(SyncWorkerTest, ARunAnotherReplicaFinishedSinceTheGivenMomentMakesThisOneRedundant) {
  const SteadyTime since = clock_.now();
  // Our own run since then does not count (a daemon's consecutive rounds are not redundant)...
  ASSERT_TRUE(run().ok());
  RunOptions options{"once", false, false, since};
  const RunReport ours = run(options);
  EXPECT_TRUE(ours.ok()) << ours.error_message;
  // ...another replica's does: skipped, naming it, with no request and no record.
  schema_.query("UPDATE sync_runs SET host = 'replica-b', pid = 42");
  const int runs = schema_.scalar<int>("SELECT count(*) FROM sync_runs");
  const auto requests = sim_->log().size();
  const RunReport skipped = run(options);
  EXPECT_EQ(skipped.status, RunStatus::kSkipped);
  EXPECT_EQ(skipped.error_message, "synced by replica-b:42");
  EXPECT_FALSE(skipped.other_run_id.empty()) << "what --wait takes the result of";
  // What metrics show of an account this replica only skips: the other replica's last success.
  EXPECT_EQ(skipped.groups_present, present());
  ASSERT_TRUE(skipped.last_success_duration.has_value());
  EXPECT_GT(skipped.last_success_duration->count(), 0);
  EXPECT_EQ(sim_->log().size(), requests);
  EXPECT_EQ(schema_.scalar<int>("SELECT count(*) FROM sync_runs"), runs);
  // A run that started before the moment is not fresh enough.
  EXPECT_TRUE(run(RunOptions{"once", false, false, clock_.now()}).ok());
}

}  // namespace
}  // namespace cgs::testing
