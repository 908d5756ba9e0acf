// PostgreSQL failing over to a standby under a running daemon, which reaches the database through
// a multi-host URL (target_session_attrs=read-write): the run in flight fails cleanly, the daemon
// finds the new primary by itself, the mirror converges, and nothing committed is lost.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "e2e_harness.h"
#include "own_cluster.h"
#include "webhook_receiver.h"

namespace cgs::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

std::string multiHostUrl(const OwnCluster& a, const OwnCluster& b) {
  return fmt::format(
      "postgresql://postgres@127.0.0.1:{},127.0.0.1:{}/cams?target_session_attrs=read-write"
      "&connect_timeout=2",
      a.port(), b.port());
}

// The event ids and change ids the shipped receiver printed.
std::vector<json> receivedEvents(const Process& receiver) {
  std::vector<json> out;
  std::istringstream lines(receiver.out());
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) out.push_back(json::parse(line));
  }
  return out;
}

TEST(Failover, ASynchronousStandbyTakesOverMidRunAndNothingCommittedIsLost) {
  OwnCluster primary;
  OwnCluster standby(OwnCluster::StandbyOf{primary});
  primary.exec("ALTER SYSTEM SET synchronous_standby_names = '*'");
  primary.exec("SELECT pg_reload_conf()");
  ASSERT_TRUE(E2e::eventually([&] {
    return primary.scalar("SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'") ==
           1;
  }));

  const json data = sim::generateDataset({1, 400, 41});
  E2e t(data);
  t.setDatabaseUrl(multiHostUrl(primary, standby));
  const std::string schema = t.schema().name();
  auto receiver = startReceiver(t, 0, "receiver");
  const std::string hook = webhookTo(t, *receiver);
  ASSERT_FALSE(hook.empty()) << receiver->err();
  const auto accounts = E2e::accountsOf(data);
  const std::string cfg =
      t.writeConfig(accounts, hook + "schedule:\n  interval: 1s\n  jitter: 0\n");
  const auto count = [&](const OwnCluster& pg, const std::string& sql) {
    return pg.scalar(fmt::format(fmt::runtime(sql), schema));
  };
  auto daemon = t.start({"--config", cfg}, "daemon");
  ASSERT_TRUE(E2e::eventually([&] { return receivedEvents(*receiver).size() == 400; }, 60s))
      << daemon->err();

  // Pages now take 150 ms each (8 a run); 25 renames to find; a run is in flight when the
  // primary dies.
  t.sim().setLatency(150, 0);
  json renames = json::array();
  int i = 0;
  for (const auto& [id, group] : t.simGroups(accounts[0].cust_space_id)) {
    if (i++ == 25) break;
    renames.push_back({{"op", "update"}, {"group_id", id}, {"set", {{"Subject", "After " + id}}}});
  }
  t.sim().dataset().mutate({accounts[0].cust_space_id, accounts[0].business_number}, renames);
  const int runs_before = count(primary, "SELECT count(*) FROM \"{}\".sync_runs");
  ASSERT_TRUE(E2e::eventually([&] {
    return count(primary, "SELECT count(*) FROM \"{}\".sync_runs") > runs_before &&
           count(primary, "SELECT count(*) FROM \"{}\".sync_runs WHERE status = 'running'") == 1;
  })) << daemon->err();
  std::this_thread::sleep_for(300ms);  // into its paging
  primary.crash();
  standby.promote();

  // The daemon finds the new primary and converges to the API: every rename, once.
  ASSERT_TRUE(E2e::eventually(
      [&] {
        return count(standby,
                     "SELECT count(*) FROM \"{}\".current_chat_groups WHERE subject LIKE 'After "
                     "%'") == 25;
      },
      60s))
      << daemon->err();
  EXPECT_TRUE(daemon->running()) << daemon->err();
  EXPECT_EQ(count(standby, "SELECT count(*) FROM \"{}\".current_chat_groups"), 400);
  EXPECT_EQ(count(standby,
                  "SELECT count(*) FROM \"{}\".chat_group_changes WHERE change_type = 'updated'"),
            25)
      << "each rename recorded once";
  // The run the failover cut is recorded as a connection failure, and no run stays running.
  ASSERT_TRUE(E2e::eventually([&] {
    return count(standby, "SELECT count(*) FROM \"{}\".sync_runs WHERE status = 'running'") == 0;
  })) << daemon->err();
  // Its end is recorded as it was, once the new primary takes writes (the next run of the
  // account writes it first): a lost session (08006), or the server's own shutdown notice
  // (57P01); not `aborted`, which says a process died, and never the unclassified Database.Error.
  EXPECT_GE(count(standby,
                  "SELECT count(*) FROM \"{}\".sync_runs WHERE status = 'failed' "
                  "AND error_code IN ('Database.08006', 'Database.57P01')"),
            1);
  EXPECT_EQ(count(standby,
                  "SELECT count(*) FROM \"{}\".sync_runs WHERE status NOT IN ('succeeded', "
                  "'failed') OR error_code IN ('Aborted', 'Database.Error')"),
            0);
  // Every event committed (on either primary) reaches the receiver, each once.
  ASSERT_TRUE(E2e::eventually([&] {
    return static_cast<int>(receivedEvents(*receiver).size()) ==
           count(standby, "SELECT count(*) FROM \"{}\".chat_group_changes");
  })) << daemon->err();
  std::set<std::int64_t> change_ids;
  for (const auto& e : receivedEvents(*receiver))
    change_ids.insert(e["change_id"].get<std::int64_t>());
  EXPECT_EQ(change_ids.size(), 425u);
  // The account lock and the shared quota work on the new primary: a later run succeeds.
  const int succeeded =
      count(standby, "SELECT count(*) FROM \"{}\".sync_runs WHERE status = 'succeeded'");
  ASSERT_TRUE(E2e::eventually([&] {
    return count(standby, "SELECT count(*) FROM \"{}\".sync_runs WHERE status = 'succeeded'") >
           succeeded;
  })) << daemon->err();
  daemon->signal(SIGTERM);
  EXPECT_EQ(daemon->wait(20s), 0) << daemon->err();
}

}  // namespace
}  // namespace cgs::testing
