// PostgreSQL refusing work while the daemon runs: the connection limit reached, a statement
// timeout, a disk-full error. The daemon survives each, reports it (log, exit code, sync_runs) and
// converges once the fault is gone, with nothing half-applied.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;
using ::testing::HasSubstr;

void exec(const std::string& sql) {
  pqxx::connection c(testDatabaseUrl());
  pqxx::nontransaction tx(c);
  tx.exec(sql);
}

std::string withParams(const std::string& url, const std::string& params) {
  return url + (url.find('?') == std::string::npos ? "?" : "&") + params;
}

class DatabaseFaults : public ::testing::Test {
 protected:
  json data = sim::generateDataset({2, 120, 55});
  E2e t{data};
  std::vector<E2eAccount> accounts = E2e::accountsOf(data);

  void addGroup(int account, const std::string& id) {
    t.sim().dataset().mutate(
        {accounts[static_cast<std::size_t>(account)].cust_space_id,
         accounts[static_cast<std::size_t>(account)].business_number},
        json::array({{{"op", "add"}, {"group", {{"GroupId", id}, {"Subject", "added"}}}}}));
  }
  bool converged() {
    try {
      return t.mirror(accounts[0].cust_space_id) == t.simGroups(accounts[0].cust_space_id) &&
             t.mirror(accounts[1].cust_space_id) == t.simGroups(accounts[1].cust_space_id);
    } catch (const pqxx::sql_error&) {
      return false;  // not migrated yet
    }
  }
  // Each group is added exactly once in the history, whatever failed in between.
  void expectHistoryExact() {
    EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM chat_group_changes"),
              t.schema().scalar<int>("SELECT count(*) FROM chat_groups"));
    EXPECT_EQ(t.schema().scalar<int>(
                  "SELECT count(*) FROM (SELECT group_id FROM chat_group_changes GROUP BY 1 "
                  "HAVING count(*) > 1) x"),
              0);
  }
  // A statement-level trigger on `table` in the test schema running `body` (PL/pgSQL).
  void addTrigger(const std::string& table, const std::string& body) {
    const std::string s = t.schema().name();
    exec("CREATE FUNCTION \"" + s + "\".fault() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN " +
         body + " RETURN NULL; END$$");
    exec("CREATE TRIGGER fault BEFORE INSERT OR UPDATE ON \"" + s + "\"." + table +
         " FOR EACH STATEMENT EXECUTE FUNCTION \"" + s + "\".fault()");
  }
  void dropTrigger(const std::string& table) {
    exec("DROP TRIGGER fault ON \"" + t.schema().name() + "\"." + table);
  }
};

TEST_F(DatabaseFaults, ConnectionLimitReachedIsReportedAndOutlived) {
  // A role limited to 3 connections (superusers are exempt from limits, so not the test's own):
  // fewer than the 5 a daemon syncing 2 accounts at once would hold (a session and an account
  // lock per worker, and the shared quota's session).
  const std::string role = t.schema().name() + "_limited";
  exec("CREATE ROLE " + role + " LOGIN CONNECTION LIMIT 3");
  exec("GRANT CREATE ON DATABASE " + std::string(pqxx::connection(testDatabaseUrl()).dbname()) +
       " TO " + role);
  struct DropRole {
    std::string role;
    ~DropRole() {
      try {
        exec("DROP OWNED BY " + role + " CASCADE");
        exec("DROP ROLE " + role);
      } catch (...) {
      }
    }
  } drop_role{role};
  const std::string url = withParams(testDatabaseUrl(), "user=" + role + "&connect_timeout=2");
  t.setDatabaseUrl(url);
  const std::string cfg =
      t.writeConfig(accounts, "schedule:\n  interval: 1s\n  jitter: 0\n  concurrency: 2\n");

  std::vector<std::unique_ptr<pqxx::connection>> hogs;
  for (int i = 0; i < 3; ++i) hogs.push_back(std::make_unique<pqxx::connection>(url));
  const auto once = t.run({"--config", cfg, "--once"});
  EXPECT_EQ(once.code, 3) << once.err;
  EXPECT_THAT(once.err, HasSubstr("too many connections for role"));

  auto daemon = t.start({"--config", cfg}, "limited");
  // Refused, retrying and alive: two refusals logged, the process still running.
  ASSERT_TRUE(E2e::eventually([&] {
    const std::string err = daemon->err();
    const auto first = err.find("too many connections for role");
    return first != std::string::npos &&
           err.find("too many connections for role", first + 1) != std::string::npos;
  })) << daemon->err();
  ASSERT_TRUE(daemon->running()) << daemon->err();
  hogs.clear();
  EXPECT_TRUE(E2e::eventually([&] { return converged(); }, 40s)) << daemon->err();

  // The limit reached again while the daemon holds its connections: it keeps them and carries on.
  addGroup(0, "AFTER-LIMIT");
  EXPECT_TRUE(E2e::eventually([&] { return converged(); }, 40s)) << daemon->err();
  daemon->signal(SIGTERM);
  EXPECT_EQ(daemon->wait(10s), 0) << daemon->err();
  expectHistoryExact();
}

TEST_F(DatabaseFaults, StatementTimeoutFailsTheRunAndTheNextConverges) {
  const std::string cfg = t.writeConfig(accounts);
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  const auto before = tupleVersions(t.schema());
  addGroup(0, "SLOW-1");
  addTrigger("chat_groups", "PERFORM pg_sleep(5);");
  t.setDatabaseUrl(withParams(testDatabaseUrl(), "options=-c%20statement_timeout%3D500"));
  const std::string slow_cfg = t.writeConfig(accounts, "", "slow.yaml");
  const auto started = std::chrono::steady_clock::now();
  const auto r = t.run({"--config", slow_cfg, "--once"});
  EXPECT_LT(std::chrono::steady_clock::now() - started, 20s);
  EXPECT_EQ(r.code, 3) << "a database error, as documented\n" << r.err;
  EXPECT_THAT(r.err, HasSubstr("statement timeout"));
  EXPECT_EQ(tupleVersions(t.schema()), before) << "the timed-out merge left nothing behind";
  EXPECT_EQ(t.schema().scalar<std::string>(
                "SELECT status || ' ' || coalesce(error_code, '-') FROM sync_runs WHERE "
                "account_name = 'acct-1' ORDER BY started_at DESC LIMIT 1"),
            "failed Database.57014");
  EXPECT_GT(t.schema().scalar<int>("SELECT cardinality(request_ids) FROM sync_runs WHERE "
                                   "account_name = 'acct-1' ORDER BY started_at DESC LIMIT 1"),
            0)
      << "the run's API requests are on record although the database failed it";
  dropTrigger("chat_groups");
  const auto next = t.run({"--config", slow_cfg, "--once"});
  ASSERT_EQ(next.code, 0) << next.err;
  EXPECT_TRUE(converged());
  expectHistoryExact();
}

TEST_F(DatabaseFaults, DiskFullIsReportedAndTheDaemonKeepsGoing) {
  const std::string cfg =
      t.writeConfig(accounts, "schedule:\n  interval: 1s\n  jitter: 0\n  concurrency: 2\n");
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  const auto before = tupleVersions(t.schema());
  addGroup(1, "DISK-1");
  // What PostgreSQL raises when it cannot extend a file (SQLSTATE 53100 disk_full).
  addTrigger("chat_group_changes",
             "RAISE EXCEPTION USING ERRCODE = 'disk_full', MESSAGE = 'could not extend file "
             "\"base/16384/16385\": No space left on device';");
  auto daemon = t.start({"--config", cfg}, "diskfull");
  EXPECT_TRUE(E2e::eventually([&] {
    return t.schema().scalar<int>(
               "SELECT count(*) FROM sync_runs WHERE error_code = 'Database.53100'") >= 2;
  })) << daemon->err();
  ASSERT_TRUE(daemon->running()) << daemon->err();
  EXPECT_THAT(daemon->err(), HasSubstr("No space left on device"));
  EXPECT_EQ(tupleVersions(t.schema()), before) << "no run applied half of its changes";
  dropTrigger("chat_group_changes");
  EXPECT_TRUE(E2e::eventually([&] { return converged(); })) << daemon->err();
  daemon->signal(SIGTERM);
  EXPECT_EQ(daemon->wait(10s), 0) << daemon->err();
  expectHistoryExact();
}

}  // namespace
}  // namespace cgs::testing
