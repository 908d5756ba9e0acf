// PostgreSQL failing over to a standby under a running daemon, which reaches the database through
// a multi-host URL (target_session_attrs=read-write): the run in flight fails cleanly, the daemon
// finds the new primary by itself, the mirror converges, and what was committed is kept (all of
// it with a synchronous standby; with an asynchronous one, what it had received).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iostream>
#include <map>
#include <set>

#include "e2e_harness.h"
#include "own_cluster.h"
#include "webhook_receiver.h"

namespace cgs::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

// A primary and its streaming standby, cams-sim serving one account, the shipped webhook
// receiver, and a daemon reaching the pair through a multi-host URL, syncing every second.
class Failover : public ::testing::Test {
 protected:
  // Starts the daemon; returns once the receiver has every group's `added` event.
  void startSyncing(int groups, std::uint64_t seed) {
    data_ = sim::generateDataset({1, groups, seed});
    t_ = std::make_unique<E2e>(data_);
    t_->setDatabaseUrl(fmt::format(
        "postgresql://postgres@127.0.0.1:{},127.0.0.1:{}/cams?target_session_attrs=read-write"
        "&connect_timeout=2",
        primary.port(), standby.port()));
    schema_ = t_->schema().name();
    receiver_ = startReceiver(*t_, 0, "receiver");
    const std::string hook = webhookTo(*t_, *receiver_);
    ASSERT_FALSE(hook.empty()) << receiver_->err();
    account_ = E2e::accountsOf(data_)[0];
    const std::string cfg =
        t_->writeConfig({account_}, hook + "schedule:\n  interval: 1s\n  jitter: 0\n");
    daemon = t_->start({"--config", cfg}, "daemon");
    ASSERT_TRUE(E2e::eventually([&] { return events().size() == std::size_t(groups); }, 60s))
        << daemon->err();
  }

  // A count of the mirror's schema ("{}" in `sql`) on one of the clusters.
  int count(const OwnCluster& pg, const std::string& sql) const {
    return pg.scalar(fmt::format(fmt::runtime(sql), schema_));
  }
  // What the receiver printed: each event once (it deduplicates on event_id).
  std::vector<json> events() const {
    std::vector<json> out;
    std::istringstream lines(receiver_->out());
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) out.push_back(json::parse(line));
    }
    return out;
  }
  // Renames the simulator's first `n` groups to "`prefix` <id>".
  void rename(int n, const std::string& prefix) {
    json ops = json::array();
    for (const auto& [id, group] : t_->simGroups(account_.cust_space_id)) {
      if (static_cast<int>(ops.size()) == n) break;
      ops.push_back(
          {{"op", "update"}, {"group_id", id}, {"set", {{"Subject", prefix + " " + id}}}});
    }
    t_->sim().dataset().mutate({account_.cust_space_id, account_.business_number}, ops);
  }
  // Waits until the mirror on `pg` holds `n` groups named "`prefix` ...".
  bool renamedOn(const OwnCluster& pg, const std::string& prefix, int n) {
    return E2e::eventually(
        [&] {
          return count(pg, "SELECT count(*) FROM \"{}\".current_chat_groups WHERE subject LIKE '" +
                               prefix + " %'") == n;
        },
        60s);
  }
  void stopDaemon() {
    daemon->signal(SIGTERM);
    EXPECT_EQ(daemon->wait(20s), 0) << daemon->err();
  }
  // Every run on `pg`: "status code: message" lines, for a failure's message.
  std::string runs(const OwnCluster& pg) const {
    pqxx::connection c(pg.url());
    pqxx::nontransaction tx(c);
    std::string out;
    for (const auto& r : tx.exec("SELECT status || ' ' || coalesce(error_code, '-') || ': ' || "
                                 "coalesce(error_message, '-') FROM " +
                                 tx.quote_name(schema_) + ".sync_runs ORDER BY started_at")) {
      out += std::string(r[0].c_str()) + "\n";
    }
    return out;
  }
  E2e& rig() { return *t_; }
  [[nodiscard]] const std::string& schema() const { return schema_; }

  OwnCluster primary;
  OwnCluster standby{OwnCluster::StandbyOf{primary}};
  std::unique_ptr<Process> daemon;

 private:
  json data_;
  std::unique_ptr<E2e> t_;
  std::string schema_;
  std::unique_ptr<Process> receiver_;
  E2eAccount account_;
};

std::string text(const OwnCluster& pg, const std::string& sql) {
  pqxx::connection c(pg.url());
  pqxx::nontransaction tx(c);
  return tx.exec1(sql)[0].c_str();
}

TEST_F(Failover, ASynchronousStandbyTakesOverMidRunAndNothingCommittedIsLost) {
  primary.exec("ALTER SYSTEM SET synchronous_standby_names = '*'");
  primary.exec("SELECT pg_reload_conf()");
  ASSERT_TRUE(E2e::eventually([&] {
    return primary.scalar("SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'") ==
           1;
  }));
  ASSERT_NO_FATAL_FAILURE(startSyncing(400, 41));

  // Readers on the hot standby: every view and the "as of" functions answer there, read-only.
  ASSERT_TRUE(E2e::eventually(
      [&] { return count(standby, "SELECT count(*) FROM \"{}\".current_chat_groups") == 400; }));
  {
    pqxx::connection c(standby.url());
    pqxx::read_transaction tx(c);
    const std::string q = tx.quote_name(schema());
    for (const auto& row : tx.exec_params(
             "SELECT viewname FROM pg_catalog.pg_views WHERE schemaname = $1", schema())) {
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

  // Pages now take 400 ms each (8 a run: 3.2 s), with 25 renames to find; the primary dies while
  // a run pages.
  rig().sim().setLatency(400, 0);
  rename(25, "After");
  const int runs_before = count(primary, "SELECT count(*) FROM \"{}\".sync_runs");
  ASSERT_TRUE(E2e::eventually([&] {
    return count(primary, "SELECT count(*) FROM \"{}\".sync_runs") > runs_before &&
           count(primary, "SELECT count(*) FROM \"{}\".sync_runs WHERE status = 'running'") == 1;
  })) << daemon->err();
  std::this_thread::sleep_for(300ms);  // into its paging
  primary.crash();
  standby.promote();

  // The daemon finds the new primary and converges to the API: every rename, once.
  ASSERT_TRUE(renamedOn(standby, "After", 25)) << daemon->err();
  EXPECT_TRUE(daemon->running()) << daemon->err();
  EXPECT_EQ(count(standby, "SELECT count(*) FROM \"{}\".current_chat_groups"), 400);
  EXPECT_EQ(count(standby,
                  "SELECT count(*) FROM \"{}\".chat_group_changes WHERE change_type = 'updated'"),
            25)
      << "each rename recorded once";
  // No run stays running. The cut run's end is recorded as it was once the new primary takes
  // writes (the account's next run writes it first): a lost session (08006), or the server's own
  // shutdown notice (57P01); not `aborted`, which says a process died, and never the
  // unclassified Database.Error.
  ASSERT_TRUE(E2e::eventually([&] {
    return count(standby, "SELECT count(*) FROM \"{}\".sync_runs WHERE status = 'running'") == 0;
  })) << daemon->err();
  EXPECT_GE(count(standby,
                  "SELECT count(*) FROM \"{}\".sync_runs WHERE status = 'failed' "
                  "AND (error_code LIKE 'Database.08%' OR error_code = 'Database.57P01')"),
            1)
      << runs(standby);
  EXPECT_EQ(count(standby,
                  "SELECT count(*) FROM \"{}\".sync_runs WHERE status NOT IN ('succeeded', "
                  "'failed') OR error_code IN ('Aborted', 'Database.Error')"),
            0)
      << runs(standby);
  // Every event committed (on either primary) reaches the receiver, each once.
  ASSERT_TRUE(E2e::eventually([&] {
    return static_cast<int>(events().size()) ==
           count(standby, "SELECT count(*) FROM \"{}\".chat_group_changes");
  })) << daemon->err();
  std::set<std::int64_t> change_ids;
  for (const auto& e : events()) change_ids.insert(e["change_id"].get<std::int64_t>());
  EXPECT_EQ(change_ids.size(), 425u);
  // The account lock and the shared quota work on the new primary: a later run succeeds.
  const std::string succeeded = "SELECT count(*) FROM \"{}\".sync_runs WHERE status = 'succeeded'";
  const int before = count(standby, succeeded);
  ASSERT_TRUE(E2e::eventually([&] { return count(standby, succeeded) > before; })) << daemon->err();
  stopDaemon();
}

// An asynchronous standby lags: a failover loses what it had not received. Here the standby is
// cut off, 60 renames are committed and delivered on the primary, then it dies. The new primary
// has neither the renames nor their change ids: the next sync records the renames again, and its
// change ids repeat ones receivers already had (the sequence was behind). Deduplicating on
// event_id, the receiver takes every new event; on change_id it would drop some.
TEST_F(Failover, AnAsynchronousFailoverLosesTheLastChangesTheNextSyncRecordsThemAgainAsNewEvents) {
  ASSERT_NO_FATAL_FAILURE(startSyncing(200, 43));
  // The standby has everything so far, then hears no more.
  const std::string lsn = text(primary, "SELECT pg_current_wal_lsn()::text");
  ASSERT_TRUE(E2e::eventually([&] {
    return text(standby, "SELECT (pg_last_wal_replay_lsn() >= '" + lsn + "')::text") == "true";
  }));
  standby.exec("ALTER SYSTEM SET primary_conninfo = ''");
  standby.exec("SELECT pg_reload_conf()");
  ASSERT_TRUE(E2e::eventually(
      [&] { return primary.scalar("SELECT count(*) FROM pg_stat_replication") == 0; }));

  rename(60, "Lost");
  ASSERT_TRUE(E2e::eventually([&] { return events().size() == 260; }, 60s)) << daemon->err();
  primary.crash();
  EXPECT_EQ(count(standby, "SELECT count(*) FROM \"{}\".chat_group_changes"), 200)
      << "the standby never had the renames";
  standby.promote();

  ASSERT_TRUE(renamedOn(standby, "Lost", 60)) << daemon->err();
  ASSERT_TRUE(E2e::eventually([&] { return events().size() == 320; }, 60s))
      << "every event recorded after the failover reaches the receiver: " << daemon->err();
  std::set<std::string> event_ids;
  std::map<std::int64_t, int> by_change_id;
  for (const auto& e : events()) {
    event_ids.insert(e["event_id"].get<std::string>());
    ++by_change_id[e["change_id"].get<std::int64_t>()];
  }
  EXPECT_EQ(event_ids.size(), 320u);
  int repeated = 0;
  for (const auto& [id, n] : by_change_id) repeated += n > 1 ? 1 : 0;
  EXPECT_GT(repeated, 0) << "change ids issued after the promotion repeat delivered ones";
  EXPECT_EQ(count(standby, "SELECT count(*) FROM \"{}\".chat_group_changes"), 260);
  // The transcript: the renames' change ids before the crash and after the promotion.
  const auto received = events();
  const auto renames = [&](std::size_t from, std::size_t to) {
    std::int64_t lo = INT64_MAX;
    std::int64_t hi = 0;
    for (std::size_t i = from; i < to; ++i) {
      lo = std::min(lo, received[i]["change_id"].get<std::int64_t>());
      hi = std::max(hi, received[i]["change_id"].get<std::int64_t>());
    }
    return fmt::format("change ids {}..{}", lo, hi);
  };
  std::cout << "[failover] delivered before the crash: 200 added + 60 renames ("
            << renames(200, 260)
            << "); lost with the primary, recorded again after the promotion as "
            << renames(260, 320) << "; the receiver took all 320 events (" << event_ids.size()
            << " event ids), " << repeated << " change ids twice" << std::endl;
  stopDaemon();
}

}  // namespace
}  // namespace cgs::testing
