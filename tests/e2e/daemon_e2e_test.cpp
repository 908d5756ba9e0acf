// The built cams-groupsync binary against cams-sim (loopback HTTP) and a real PostgreSQL.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <curl/curl.h>

#include <regex>

#include "e2e_harness.h"
#include "local_http.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using namespace std::chrono_literals;

TEST(E2e, OnceMirrorsSeveralAccountsExactlyAndResyncChangesNothing) {
  const json data = sim::generateDataset({4, 333, 21});
  E2e t(data);
  auto accounts = E2e::accountsOf(data);
  accounts[3].extra = "    group_status: ACTIVE\n";
  const std::string cfg = t.writeConfig(accounts);
  const auto first = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(first.code, 0) << first.err;
  for (int i = 0; i < 3; ++i) {
    const auto& cs = accounts[static_cast<std::size_t>(i)].cust_space_id;
    EXPECT_EQ(t.mirror(cs), t.simGroups(cs)) << cs << ": the mirror equals the simulator's data";
  }
  EXPECT_EQ(t.mirror(accounts[3].cust_space_id), t.simGroups(accounts[3].cust_space_id, "ACTIVE"));
  EXPECT_THAT(first.err, HasSubstr("sync finished: 4 of 4 account(s) succeeded"));

  const auto before = tupleVersions(t.schema());
  const int changes = t.schema().scalar<int>("SELECT count(*) FROM chat_group_changes");
  const auto second = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(second.code, 0) << second.err;
  EXPECT_EQ(tupleVersions(t.schema()), before) << "a second run writes no mirror row";
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM chat_group_changes"), changes);
  EXPECT_EQ(t.schema().scalar<int>(
                "SELECT sum(unchanged) FROM (SELECT DISTINCT ON (account_name) unchanged FROM "
                "sync_runs ORDER BY account_name, started_at DESC) x"),
            static_cast<int>(t.mirror(accounts[0].cust_space_id).size() * 3 +
                             t.mirror(accounts[3].cust_space_id).size()));
  // Every API request id of a run is recorded, and the log names them too.
  const auto ids = t.schema().query(
      "SELECT unnest(request_ids) FROM sync_runs WHERE account_name = 'acct-1' ORDER BY started_at "
      "DESC LIMIT 1");
  ASSERT_FALSE(ids.empty());
  EXPECT_THAT(second.err, HasSubstr(ids[0][0].as<std::string>()));
}

TEST(E2e, MutationsBecomeTheRightHistoryRows) {
  const json data = sim::generateDataset({1, 60, 3});
  E2e t(data);
  const auto accounts = E2e::accountsOf(data);
  const std::string cfg = t.writeConfig(accounts);
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  const auto& cs = accounts[0].cust_space_id;
  const auto ids = t.simGroups(cs);
  auto it = ids.begin();
  const std::string renamed = (it++)->first, restatused = (it++)->first, deleted = (it++)->first;
  t.sim().dataset().mutate({cs, accounts[0].business_number},
                           json::parse(fmt::format(R"([
      {{"op":"update","group_id":"{}","set":{{"Subject":"Renamed by e2e"}}}},
      {{"op":"update","group_id":"{}","set":{{"GroupStatus":"SUSPENDED"}}}},
      {{"op":"delete","group_id":"{}"}},
      {{"op":"add","group":{{"GroupId":"NEW-1","Subject":"Brand new","GroupStatus":"ACTIVE"}}}}])",
                                                   renamed, restatused, deleted)));
  const auto r = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto rows = t.schema().query(
      "SELECT change_type, group_id, coalesce(changed_fields::text, '') FROM chat_group_changes "
      "WHERE change_id > 60 ORDER BY change_type, group_id");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0][0].as<std::string>() + " " + rows[0][1].as<std::string>(), "added NEW-1");
  EXPECT_EQ(rows[1][0].as<std::string>() + " " + rows[1][1].as<std::string>(),
            "removed " + deleted);
  std::map<std::string, json> updated;
  for (int i = 2; i < 4; ++i) {
    EXPECT_EQ(rows[i][0].as<std::string>(), "updated");
    updated[rows[i][1].as<std::string>()] = json::parse(rows[i][2].as<std::string>());
  }
  EXPECT_EQ(updated[renamed]["Subject"]["new"], "Renamed by e2e");
  EXPECT_EQ(updated[renamed].size(), 1u) << "only the field that changed";
  EXPECT_EQ(updated[restatused]["GroupStatus"]["new"], "SUSPENDED");
  EXPECT_EQ(t.mirror(cs), t.simGroups(cs));
}

TEST(E2e, DryRunPrintsTheChangeSetAndWritesNothing) {
  const json data = sim::generateDataset({2, 40, 4});
  E2e t(data);
  const auto accounts = E2e::accountsOf(data);
  const std::string cfg = t.writeConfig(accounts);
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  t.sim().dataset().mutate(
      {accounts[0].cust_space_id, accounts[0].business_number},
      json::parse(R"([{"op":"add","group":{"GroupId":"DRY-1","Subject":"Dry"}}])"));
  const auto before = tupleVersions(t.schema());
  const int runs = t.schema().scalar<int>("SELECT count(*) FROM sync_runs");
  const auto r = t.run({"--config", cfg, "--once", "--dry-run"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("account acct-1: succeeded (41 seen: 1 added, 0 updated"));
  EXPECT_THAT(r.out, HasSubstr("+ added    DRY-1  Dry"));
  EXPECT_THAT(r.out, HasSubstr("account acct-2: succeeded (40 seen: 0 added"));
  EXPECT_EQ(tupleVersions(t.schema()), before);
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM sync_runs"), runs);
}

TEST(E2e, ExitCodesAreAsDocumented) {
  const json data = sim::generateDataset({3, 20, 5});
  E2e t(data);
  auto accounts = E2e::accountsOf(data);
  const std::string good = t.writeConfig(accounts);
  EXPECT_EQ(t.run({"--config", good, "--once"}).code, 0);
  EXPECT_EQ(t.run({"--config", good, "--once", "--account", "nope"}).code, 2);
  EXPECT_EQ(t.run({"--config", good, "--bogus"}).code, 2);
  EXPECT_EQ(t.run({"--config", t.dir().file("missing.yaml"), "--once"}).code, 2);

  // One account without permission: it alone fails, with its code and request id recorded.
  t.sim().setForbidden(kE2eKey, accounts[1].cust_space_id, "", true);
  const auto partial = t.run({"--config", good, "--once"});
  EXPECT_EQ(partial.code, 1) << partial.err;
  EXPECT_EQ(
      t.schema().scalar<std::string>(
          "SELECT status || ' ' || error_code FROM latest_sync_runs WHERE account_name = 'acct-2'"),
      "failed Forbidden.RAM");
  EXPECT_THAT(t.schema().scalar<std::string>(
                  "SELECT error_message FROM latest_sync_runs WHERE account_name = 'acct-2'"),
              HasSubstr("request "));
  EXPECT_EQ(
      t.schema().scalar<int>("SELECT count(*) FROM latest_sync_runs WHERE status = 'succeeded'"),
      2);
  t.sim().setForbidden(kE2eKey, accounts[1].cust_space_id, "", false);

  // The database is unreachable.
  std::string text;
  {
    std::ifstream in(good);
    std::ostringstream s;
    s << in.rdbuf();
    text = s.str();
  }
  const auto url_at = text.find(testDatabaseUrl());
  text.replace(url_at, testDatabaseUrl().size(),
               "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2");
  const std::string no_db = t.dir().file("nodb.yaml");
  std::ofstream(no_db) << text;
  const auto r = t.run({"--config", no_db, "--once"});
  EXPECT_EQ(r.code, 3) << r.err;
  EXPECT_THAT(r.err, HasSubstr("database unavailable"));
}

TEST(E2e, StatusShowsRunsAndFlagsStaleAccounts) {
  const json data = sim::generateDataset({2, 10, 6});
  E2e t(data);
  auto accounts = E2e::accountsOf(data);
  accounts[0].extra = "    interval: 1s\n";
  accounts[1].extra = "    interval: 1s\n";
  const std::string cfg = t.writeConfig(accounts);
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  auto s = t.run({"--config", cfg, "--status"});
  EXPECT_EQ(s.code, 0) << s.out << s.err;
  EXPECT_THAT(s.out, HasSubstr("ACCOUNT"));
  EXPECT_THAT(s.out, ::testing::ContainsRegex("acct-1 +succeeded .* 10 +10 "));
  t.sim().setForbidden(kE2eKey, accounts[1].cust_space_id, "", true);
  EXPECT_EQ(t.run({"--config", cfg, "--once", "--account", "acct-2"}).code, 1);
  // Its last success now lies more than 3 intervals back (the clock is the database's).
  (void)t.schema().query(
      "UPDATE sync_runs SET started_at = started_at - interval '1 minute', "
      "finished_at = finished_at - interval '1 minute' "
      "WHERE account_name = 'acct-2' AND status = 'succeeded'");
  s = t.run({"--config", cfg, "--status"});
  EXPECT_EQ(s.code, 1);
  EXPECT_THAT(s.out, ::testing::ContainsRegex("acct-2 +failed .*Forbidden.RAM .*STALE"));
}

TEST(E2e, DaemonSyncsOnScheduleReloadsOnHupAndStopsOnTerm) {
  const json data = sim::generateDataset({3, 30, 8});
  E2e t(data);
  auto accounts = E2e::accountsOf(data);
  const E2eAccount late = accounts.back();
  accounts.pop_back();
  const std::string schedule = "schedule:\n  interval: 1s\n  jitter: 0\n  concurrency: 2\n";
  const std::string cfg = t.writeConfig(accounts, schedule);
  auto daemon = t.start({"--config", cfg}, "daemon");
  const auto runsOf = [&](const std::string& account) {
    return t.schema().scalar<int>(
        "SELECT count(*) FROM sync_runs WHERE status = 'succeeded' AND account_name = '" + account +
        "'");
  };
  EXPECT_TRUE(E2e::eventually([&] {
    try {
      return runsOf("acct-1") >= 3 && runsOf("acct-2") >= 3;
    } catch (const std::exception&) {
      return false;  // not migrated yet
    }
  })) << daemon->err();
  accounts.push_back(late);
  (void)t.writeConfig(accounts, schedule);  // same path: HUP picks it up
  daemon->signal(SIGHUP);
  EXPECT_TRUE(E2e::eventually([&] { return runsOf("acct-3") >= 1; })) << daemon->err();
  EXPECT_THAT(daemon->err(), HasSubstr("configuration reloaded"));
  const auto stopping = std::chrono::steady_clock::now();
  daemon->signal(SIGTERM);
  ASSERT_EQ(daemon->wait(10s), 0) << daemon->err();
  EXPECT_LT(std::chrono::steady_clock::now() - stopping, 5s);
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM sync_runs WHERE status = 'running'"), 0);
  EXPECT_EQ(t.mirror(late.cust_space_id), t.simGroups(late.cust_space_id));
}

TEST(E2e, TermDuringASlowListingRollsBackAndExitsPromptly) {
  const json data = sim::generateDataset({1, 400, 8});
  E2e t(data);
  t.sim().setLatency(700, 0);  // 8 pages at ~0.7 s each with one connection
  const std::string cfg =
      t.writeConfig(E2e::accountsOf(data), "schedule:\n  interval: 1h\n  jitter: 0\n");
  std::string text;
  auto daemon = t.start({"--config", cfg}, "slow");
  // Stopped while paging: the first pages have been served, the listing is not over.
  EXPECT_TRUE(E2e::eventually([&] { return t.sim().log().size() >= 2; })) << daemon->err();
  const auto stopping = std::chrono::steady_clock::now();
  daemon->signal(SIGTERM);
  ASSERT_EQ(daemon->wait(10s), 0) << daemon->err();
  EXPECT_LT(std::chrono::steady_clock::now() - stopping, 3s);
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM chat_groups"), 0)
      << "nothing half-applied";
  EXPECT_EQ(t.schema().scalar<std::string>("SELECT status || ' ' || error_code FROM sync_runs"),
            "aborted Cancelled");
}

TEST(E2e, TwoReplicasShareTheWorkWithoutOverlap) {
  const json data = sim::generateDataset({6, 40, 9});
  E2e t(data);
  t.sim().setLatency(30, 20);
  const std::string cfg = t.writeConfig(
      E2e::accountsOf(data), "schedule:\n  interval: 1s\n  jitter: 200ms\n  concurrency: 3\n");
  {
    // Migrate first so the replicas start on an existing schema (they would serialize anyway).
    ASSERT_EQ(t.run({"--config", cfg, "--migrate"}).code, 0);
  }
  auto a = t.start({"--config", cfg}, "replica-a");
  auto b = t.start({"--config", cfg}, "replica-b");
  // Both replicas at work and every account synced at least twice, so the replicas met.
  EXPECT_TRUE(E2e::eventually([&] {
    return t.schema().scalar<int>(
               "SELECT count(*) FROM (SELECT account_name FROM sync_runs WHERE status = "
               "'succeeded' GROUP BY account_name HAVING count(*) >= 2) x") == 6 &&
           t.schema().scalar<int>("SELECT count(DISTINCT pid) FROM sync_runs") == 2;
  })) << a->err()
      << b->err();
  a->signal(SIGTERM);
  b->signal(SIGTERM);
  ASSERT_EQ(a->wait(10s), 0) << a->err();
  ASSERT_EQ(b->wait(10s), 0) << b->err();
  EXPECT_EQ(
      t.schema().scalar<int>(
          "SELECT count(*) FROM sync_runs x JOIN sync_runs y ON x.account_name = y.account_name "
          "AND x.run_id < y.run_id AND tstzrange(x.started_at, x.finished_at) && "
          "tstzrange(y.started_at, y.finished_at)"),
      0)
      << "no account was synced by two replicas at once";
  EXPECT_EQ(t.schema().scalar<int>(
                "SELECT count(DISTINCT account_name) FROM sync_runs WHERE status = 'succeeded'"),
            6);
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(DISTINCT pid) FROM sync_runs"), 2)
      << "both replicas did work";
  for (const auto& acc : E2e::accountsOf(data)) {
    EXPECT_EQ(t.mirror(acc.cust_space_id), t.simGroups(acc.cust_space_id));
  }
  EXPECT_EQ(t.schema().scalar<int>(
                "SELECT count(*) FROM chat_group_changes WHERE change_type <> 'added'"),
            0)
      << "no duplicate history from racing replicas";
}

TEST(E2e, SecretsAppearNowhere) {
  const json data = sim::generateDataset({1, 30, 10});
  E2e t(data);
  const std::string token = "STS-Token-Value-With-Length-1234567890";
  const std::string cfg =
      t.writeConfig(E2e::accountsOf(data),
                    "logging:\n  level: trace\n  file: " + t.dir().file("daemon.log") + "\n");
  std::map<std::string, std::string> env = t.env();
  env["ALIBABA_CLOUD_SECURITY_TOKEN"] = token;  // signed and sent as x-acs-security-token
  const auto ok = runToEnd(binary(), {"--config", cfg, "--once"}, env, t.dir().file("token"));
  EXPECT_EQ(ok.code, 0) << ok.err;
  // The error path too: a refused account is logged with its code at trace level.
  t.sim().setForbidden(kE2eKey, data["accounts"][0]["cust_space_id"], "", true);
  const auto r = runToEnd(binary(), {"--config", cfg, "--once", "--log-level", "trace"}, env,
                          t.dir().file("refused"));
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("Forbidden.RAM"));
  const auto check = t.run({"--config", cfg, "--check-config"});
  const auto status = t.run({"--config", cfg, "--status"});
  std::ifstream log_file(t.dir().file("daemon.log"));
  std::ostringstream log_text;
  log_text << log_file.rdbuf();
  std::string runs;
  for (const auto& row : t.schema().query("SELECT row_to_json(s)::text FROM sync_runs s")) {
    runs += row[0].as<std::string>();
  }
  for (const std::string& secret : {std::string(kE2eSecret), token}) {
    for (const auto& [where, text] :
         std::vector<std::pair<std::string, std::string>>{{"stderr", r.err + ok.err},
                                                          {"stdout", r.out + ok.out},
                                                          {"log file", log_text.str()},
                                                          {"sync_runs", runs},
                                                          {"--check-config", check.out + check.err},
                                                          {"--status", status.out + status.err}}) {
      EXPECT_THAT(text, Not(HasSubstr(secret))) << where;
    }
  }
  EXPECT_THAT(log_text.str(), HasSubstr("ListChatGroup")) << "trace logging was on";
}

}  // namespace
}  // namespace cgs::testing

namespace cgs::testing {
namespace {

TEST(E2e, MetricsEndpointReportsRunsErrorsAndLatency) {
  const json data = sim::generateDataset({2, 30, 13});
  E2e t(data);
  auto accounts = E2e::accountsOf(data);
  t.sim().setForbidden(kE2eKey, accounts[1].cust_space_id, "", true);
  const std::string cfg = t.writeConfig(
      accounts, "schedule:\n  interval: 1s\n  jitter: 0\nmetrics:\n  listen: 127.0.0.1:0\n");
  auto daemon = t.start({"--config", cfg}, "metrics");
  int port = 0;
  ASSERT_TRUE(E2e::eventually([&] {
    return (port = reportedPort(daemon->err(), "metrics on http://")) > 0;
  })) << daemon->err();
  const std::string base = fmt::format("http://127.0.0.1:{}", port);
  std::string m;
  EXPECT_TRUE(E2e::eventually([&] {
    m = httpGet(base + "/metrics");
    return m.find("cams_groupsync_runs_total{account=\"acct-1\",status=\"succeeded\"} 2") !=
           std::string::npos;
  })) << m
      << daemon->err();
  EXPECT_THAT(m, HasSubstr("cams_groupsync_groups_present{account=\"acct-1\"} 30"));
  EXPECT_THAT(m, HasSubstr("cams_groupsync_api_errors_total{account=\"acct-2\",action="
                           "\"ListChatGroup\",code=\"Forbidden.RAM\"}"));
  EXPECT_THAT(m, HasSubstr("cams_groupsync_runs_total{account=\"acct-2\",status=\"failed\"}"));
  EXPECT_THAT(m,
              HasSubstr("cams_groupsync_api_request_duration_seconds_count{account=\"acct-1\"}"));
  EXPECT_THAT(
      m, ::testing::ContainsRegex(
             "cams_groupsync_last_success_timestamp_seconds\\{account=\"acct-1\"\\} 1[0-9]{9}"));
  EXPECT_EQ(httpGet(base + "/healthz"), "ok\n");
  EXPECT_THAT(m, Not(HasSubstr(kE2eSecret)));
  daemon->signal(SIGTERM);
  EXPECT_EQ(daemon->wait(10s), 0);
}

}  // namespace
}  // namespace cgs::testing

namespace cgs::testing {
namespace {

// TLS is verified, always: no key, flag or variable turns it off. A server with a self-signed
// certificate on loopback is refused before any request is sent.
TEST(E2e, TlsVerificationCannotBeTurnedOff) {
  TempDir dir;
  const std::string key = dir.file("key.pem"), cert = dir.file("cert.pem");
  ASSERT_EQ(
      runToEnd("/usr/bin/openssl",
               {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"},
               {}, dir.file("openssl-req"))
          .code,
      0);
  Process server("/usr/bin/openssl",
                 {"s_server", "-accept", "127.0.0.1:0", "-cert", cert, "-key", key, "-www"}, {},
                 dir.file("s_server"));
  int port = 0;  // s_server binds port 0 and prints "ACCEPT 127.0.0.1:PORT" once it listens
  ASSERT_TRUE(E2e::eventually([&] { return (port = reportedPort(server.out(), "ACCEPT ")) > 0; }))
      << server.out() << server.err();
  const json data = sim::generateDataset({1, 5, 1});
  E2e t(data);
  const std::string cfg = t.dir().file("tls.yaml");
  std::ofstream(cfg) << fmt::format(R"(database:
  url: "{}"
  schema: {}
api:
  endpoint: 127.0.0.1:{}
  scheme: https
  max_attempts: 1
accounts:
  - name: tls
    cust_space_id: cams-sim-0001
    business_number: "8613800000001"
)",
                                    testDatabaseUrl(), t.schema().name(), port);
  ::chmod(cfg.c_str(), 0600);
  std::map<std::string, std::string> env = t.env();
  // Variables that make other tools skip verification change nothing here.
  env["CURL_INSECURE"] = "1";
  env["NODE_TLS_REJECT_UNAUTHORIZED"] = "0";
  env["PYTHONHTTPSVERIFY"] = "0";
  const auto r = runToEnd(binary(), {"--config", cfg, "--once"}, env, t.dir().file("tls"));
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr("certificate"));
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM chat_groups"), 0);
  const auto flag = t.run({"--config", cfg, "--once", "--insecure"});
  EXPECT_EQ(flag.code, 2) << "there is no flag to skip verification";
  server.signal(SIGTERM);
}

}  // namespace
}  // namespace cgs::testing
