// --once beside another replica that is syncing the same account: the account is reported
// "skipped (synced by host:pid)" and is not a failure; with --wait the invocation waits for that
// run and takes its result.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

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

}  // namespace
}  // namespace cgs::testing
