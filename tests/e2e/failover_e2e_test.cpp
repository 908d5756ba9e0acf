// PostgreSQL failing over to a standby under a running daemon, which reaches the database through
// a multi-host URL (target_session_attrs=read-write): the run in flight fails cleanly, the daemon
// finds the new primary by itself, the mirror converges, and nothing committed is lost.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
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

std::string text(const OwnCluster& pg, const std::string& sql) {
  pqxx::connection c(pg.url());
  pqxx::nontransaction tx(c);
  return tx.exec1(sql)[0].c_str();
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

  // Readers on the hot standby: every view and the "as of" functions answer there, read-only.
  ASSERT_TRUE(E2e::eventually(
      [&] { return count(standby, "SELECT count(*) FROM \"{}\".current_chat_groups") == 400; }));
  {
    pqxx::connection c(standby.url());
    pqxx::read_transaction tx(c);
    const std::string q = tx.quote_name(schema);
    for (const auto& row :
         tx.exec_params("SELECT viewname FROM pg_catalog.pg_views WHERE schemaname = $1", schema)) {
      EXPECT_NO_THROW(tx.exec("SELECT count(*) FROM " + q + "." + tx.quote_name(row[0].c_str())))
          << row[0].c_str();
    }
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM " + q + ".chat_groups_as_of(now())")[0].as<int>(),
              400);
    EXPECT_EQ(
        tx.exec1("SELECT count(*) FROM " + q + ".chat_groups_as_of(now(), 'acct-1')")[0].as<int>(),
        400);
    EXPECT_EQ(
        tx.exec1("SELECT count(*) FROM (SELECT * FROM " + q + ".chat_groups LIMIT 1) g, " + q +
                 ".chat_group_as_of(g.cust_space_id, g.business_number, g.group_id, now())")[0]
            .as<int>(),
        1);
  }

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

// An asynchronous standby lags: a failover loses what it had not received. Here the standby is
// cut off, 60 renames are committed and delivered on the primary, then it dies. The new primary
// has neither the renames nor their change ids: the next sync records the renames again, and its
// change ids repeat ones receivers already had (the sequence was behind). Deduplicating on
// event_id, the receiver takes every new event; on change_id it would drop some.
TEST(Failover, AnAsynchronousFailoverLosesTheLastChangesTheNextSyncRecordsThemAgainAsNewEvents) {
  OwnCluster primary;
  OwnCluster standby(OwnCluster::StandbyOf{primary});
  const json data = sim::generateDataset({1, 200, 43});
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
  ASSERT_TRUE(E2e::eventually([&] { return receivedEvents(*receiver).size() == 200; }, 60s))
      << daemon->err();
  // The standby has everything so far, then hears no more.
  const std::string lsn = text(primary, "SELECT pg_current_wal_lsn()::text");
  ASSERT_TRUE(E2e::eventually([&] {
    return text(standby, "SELECT (pg_last_wal_replay_lsn() >= '" + lsn + "')::text") == "true";
  }));
  standby.exec("ALTER SYSTEM SET primary_conninfo = ''");
  standby.exec("SELECT pg_reload_conf()");
  ASSERT_TRUE(E2e::eventually(
      [&] { return primary.scalar("SELECT count(*) FROM pg_stat_replication") == 0; }));

  json renames = json::array();
  int i = 0;
  for (const auto& [id, group] : t.simGroups(accounts[0].cust_space_id)) {
    if (i++ == 60) break;
    renames.push_back({{"op", "update"}, {"group_id", id}, {"set", {{"Subject", "Lost " + id}}}});
  }
  t.sim().dataset().mutate({accounts[0].cust_space_id, accounts[0].business_number}, renames);
  ASSERT_TRUE(E2e::eventually([&] { return receivedEvents(*receiver).size() == 260; }, 60s))
      << daemon->err();
  primary.crash();
  EXPECT_EQ(count(standby, "SELECT count(*) FROM \"{}\".chat_group_changes"), 200)
      << "the standby never had the renames";
  standby.promote();

  ASSERT_TRUE(E2e::eventually(
      [&] {
        return count(standby,
                     "SELECT count(*) FROM \"{}\".current_chat_groups WHERE subject LIKE "
                     "'Lost %'") == 60;
      },
      60s))
      << daemon->err();
  ASSERT_TRUE(E2e::eventually([&] { return receivedEvents(*receiver).size() == 320; }, 60s))
      << "every event recorded after the failover reaches the receiver: " << daemon->err();
  std::set<std::string> event_ids;
  std::map<std::int64_t, int> by_change_id;
  for (const auto& e : receivedEvents(*receiver)) {
    event_ids.insert(e["event_id"].get<std::string>());
    ++by_change_id[e["change_id"].get<std::int64_t>()];
  }
  EXPECT_EQ(event_ids.size(), 320u);
  int repeated = 0;
  for (const auto& [id, n] : by_change_id) repeated += n > 1 ? 1 : 0;
  EXPECT_GT(repeated, 0) << "change ids issued after the promotion repeat delivered ones";
  EXPECT_EQ(count(standby, "SELECT count(*) FROM \"{}\".chat_group_changes"), 260);
  daemon->signal(SIGTERM);
  EXPECT_EQ(daemon->wait(20s), 0) << daemon->err();
}

}  // namespace
}  // namespace cgs::testing
