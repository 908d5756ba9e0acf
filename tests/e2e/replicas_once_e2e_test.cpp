// Replicas side by side. --once beside another replica that is syncing the same account: the
// account is reported "skipped (synced by host:pid)" and is not a failure; with --wait the
// invocation waits for that run and takes its result. And replicas that share a credential set
// share its API quota.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <iostream>

#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using ::testing::HasSubstr;
using namespace std::chrono_literals;

TEST(OnceBesideAReplica, AnAccountAnotherReplicaSyncsIsSkippedNotFailedAndCanBeWaitedFor) {
  const nlohmann::json data = sim::generateDataset({1, 250, 17});
  E2e t(data);
  const std::string cfg = t.writeConfig(E2e::accountsOf(data), "  max_in_flight: 1\n");
  ASSERT_EQ(t.run({"--config", cfg, "--migrate"}).code, 0);
  t.sim().setLatency(700, 0);  // 5 pages one at a time: about 3.5 s of paging
  auto first = t.start({"--config", cfg, "--once"}, "first");
  ASSERT_TRUE(E2e::eventually([&] {
    return t.schema().scalar<int>("SELECT count(*) FROM sync_runs WHERE status = 'running'") == 1;
  })) << first->err();
  const std::string holder = t.schema().scalar<std::string>(
      "SELECT host || ':' || pid FROM sync_runs WHERE status = 'running'");
  EXPECT_THAT(holder, ::testing::EndsWith(":" + std::to_string(first->pid())));

  auto waiting = t.start({"--config", cfg, "--once", "--wait"}, "waiting");
  const auto skipped = t.run({"--config", cfg, "--once"}, "skipped");
  EXPECT_EQ(skipped.code, 0) << "another replica's account is not a failure: " << skipped.err;
  EXPECT_THAT(skipped.err, HasSubstr("account acct-1: skipped (synced by " + holder + ")"));
  EXPECT_THAT(skipped.err, HasSubstr("1 synced by another replica"));

  ASSERT_EQ(first->wait(30s), 0) << first->err();
  ASSERT_EQ(waiting->wait(30s), 0) << waiting->err();
  EXPECT_THAT(waiting->err(), HasSubstr("waiting for its run"));
  EXPECT_THAT(waiting->err(), HasSubstr("account acct-1: the run it waited for ended succeeded"));
  EXPECT_THAT(waiting->err(), HasSubstr("sync finished: 1 of 1 account(s) succeeded"));
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM sync_runs"), 1)
      << "only the replica holding the account ran it";
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM current_chat_groups"), 250);
}

TEST(Replicas, ThreeReplicasShareOneApiQuotaAndNoneFailsForAnotherOnesAccount) {
  // The scenario: one credential set at qps 5, eight accounts, `--once` on three replicas
  // at the same moment. 8 accounts x 3 pages: 24 requests, about 5 s at the quota.
  constexpr int kQps = 5;
  const nlohmann::json data = sim::generateDataset({8, 120, 31});
  E2e t(data, kQps);  // the simulator throttles what goes over
  t.setApiQps(kQps);
  const std::string cfg = t.writeConfig(E2e::accountsOf(data), "schedule:\n  concurrency: 4\n");
  ASSERT_EQ(t.run({"--config", cfg, "--migrate"}).code, 0);
  t.sim().clearLog();

  std::vector<std::unique_ptr<Process>> replicas;
  for (int i = 0; i < 3; ++i) {
    replicas.push_back(t.start({"--config", cfg, "--once"}, "replica" + std::to_string(i)));
  }
  int skipped = 0;
  for (auto& r : replicas) {
    ASSERT_EQ(r->wait(60s), 0) << "skipped accounts are not failures: " << r->err();
    const std::string err = r->err();
    for (auto at = err.find(": skipped (synced by "); at != std::string::npos;
         at = err.find(": skipped (synced by ", at + 1)) {
      ++skipped;
    }
  }

  // The quota held at the server, with nothing throttled: the three paced as one.
  const auto busiest = t.sim().maxPerSecond();
  ASSERT_EQ(busiest.count(kE2eKey), 1u);
  EXPECT_LE(busiest.at(kE2eKey), kQps);
  int throttled = 0;
  for (const auto& e : t.sim().log()) throttled += e.code == "Throttling.User" ? 1 : 0;
  EXPECT_EQ(throttled, 0);
  std::cout << "[replicas] busiest second " << busiest.at(kE2eKey) << " (quota " << kQps << "), "
            << skipped << " account(s) skipped for another replica" << std::endl;

  // The replicas did overlap (the test would prove nothing otherwise), every account is mirrored,
  // and no run failed.
  EXPECT_GE(t.schema().scalar<int>("SELECT count(DISTINCT pid) FROM sync_runs"), 2);
  EXPECT_GE(
      t.schema().scalar<int>("SELECT count(*) FROM sync_runs a JOIN sync_runs b ON a.pid < b.pid "
                             "AND a.started_at < b.finished_at AND b.started_at < a.finished_at"),
      1);
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM sync_runs WHERE status <> 'succeeded'"),
            0);
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(DISTINCT account_name) FROM sync_runs"), 8);
  // Each account synced once in all: an account another replica finished after this one started
  // counts as synced (3 pages each, nothing asked twice).
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM sync_runs"), 8);
  EXPECT_EQ(t.sim().log().size(), 8u * 3u);
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM current_chat_groups"), 8 * 120);
}

}  // namespace
}  // namespace cgs::testing
