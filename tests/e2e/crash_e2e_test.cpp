// SIGKILL at ten points of a run: the mirror is always in the state before or after a whole run,
// history only ever comes from finished runs, and the next start marks the orphan `aborted`.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

using sim::AccountKey;

TEST(Crash, KilledRunsLeaveTheMirrorBeforeOrAfterAWholeRun) {
  const json data = sim::generateDataset({1, 1500, 41});
  E2e t(data);
  t.sim().setLatency(80, 30);  // 30 pages of 50 on 4 connections: paging takes a while
  const auto accounts = E2e::accountsOf(data);
  const std::string cfg = t.writeConfig(accounts);
  ASSERT_EQ(t.run({"--config", cfg, "--migrate"}).code, 0);
  const std::string cs = accounts[0].cust_space_id;
  const AccountKey key{cs, accounts[0].business_number};
  int killed_mid_run = 0;
  for (int i = 0; i < 10; ++i) {
    const auto before = t.mirror(cs);
    // A new version of the data for this run: renames, a removal and an addition.
    const json snapshot = t.sim().dataset().snapshot();
    const auto& groups = snapshot["accounts"][0]["groups"];
    json ops = json::array();
    for (int k = 0; k < 5; ++k) {
      ops.push_back({{"op", "update"},
                     {"group_id", groups[static_cast<std::size_t>(i * 7 + k)]["GroupId"]},
                     {"set", {{"Subject", fmt::format("run {} rename {}", i, k)}}}});
    }
    ops.push_back(
        {{"op", "delete"}, {"group_id", groups[static_cast<std::size_t>(100 + i)]["GroupId"]}});
    ops.push_back({{"op", "add"},
                   {"group", {{"GroupId", fmt::format("CRASH-{}", i)}, {"Subject", "added"}}}});
    t.sim().dataset().mutate(key, ops);
    const auto after = t.simGroups(cs);

    auto p = t.start({"--config", cfg, "--once"}, fmt::format("kill{}", i));
    std::this_thread::sleep_for(std::chrono::milliseconds(150 + i * 110));
    const bool was_running = p->running();
    p->signal(SIGKILL);
    (void)p->wait(10s);
    killed_mid_run += was_running ? 1 : 0;

    const auto now = t.mirror(cs);
    EXPECT_TRUE(now == before || now == after)
        << "kill " << i << ": the mirror is neither the old nor the new listing (" << now.size()
        << " groups; before " << before.size() << ", after " << after.size() << ")";
    EXPECT_EQ(t.schema().scalar<int>(
                  "SELECT count(*) FROM chat_group_changes c WHERE NOT EXISTS (SELECT 1 FROM "
                  "sync_runs r WHERE r.run_id = c.run_id AND r.status = 'succeeded')"),
              0)
        << "kill " << i << ": history from a run that did not finish";
  }
  EXPECT_GE(killed_mid_run, 5) << "most kills landed inside a run";
  const auto r = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(t.mirror(cs), t.simGroups(cs));
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM sync_runs WHERE status = 'running'"), 0);
  // A kill lands before the run record exists, inside the run, or after its commit: every record
  // ends up succeeded or (orphaned, then marked by the next start) aborted.
  EXPECT_GE(t.schema().scalar<int>("SELECT count(*) FROM sync_runs WHERE status = 'aborted'"), 1);
  EXPECT_EQ(t.schema().scalar<int>(
                "SELECT count(*) FROM sync_runs WHERE status NOT IN ('succeeded', 'aborted')"),
            0);
}

}  // namespace
}  // namespace cgs::testing
