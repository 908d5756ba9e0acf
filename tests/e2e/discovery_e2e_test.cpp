// Discovery (README, "Discovery"): accounts found from ListInstance and QueryChatappPhoneNumbers,
// the numbers' inventory with its history, retirement, overrides, pacing and one discovering
// replica, through the built binary against cams-sim and PostgreSQL.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <csignal>
#include <set>

#include "e2e_harness.h"
#include "local_http.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using namespace std::chrono_literals;

const std::string kDiscoveryOnly = "discovery:\n  interval: 1h\n";

// The spaces' CONNECTED numbers of a generated dataset (each account's own number).
std::set<std::string> discoveredNames(const json& data) {
  std::set<std::string> out;
  for (const auto& a : data["accounts"]) {
    out.insert(a["cust_space_id"].get<std::string>() + "/" +
               a["business_number"].get<std::string>());
  }
  return out;
}

// The business numbers ListChatGroup was asked for since `since` (a log sequence number).
std::multiset<std::string> listedNumbers(sim::SimServer& sim, long since = 0) {
  std::multiset<std::string> out;
  for (const auto& e : sim.log(since)) {
    if (e.action == "ListChatGroup" && e.page_index == 1) out.insert(e.business_number);
  }
  return out;
}

long lastSeq(sim::SimServer& sim) {
  const auto log = sim.log();
  return log.empty() ? 0 : log.back().seq;
}

std::set<std::string> column(E2e& t, const std::string& sql) {
  std::set<std::string> out;
  for (const auto& r : t.schema().query(sql)) out.insert(r[0].is_null() ? "" : r[0].c_str());
  return out;
}

TEST(DiscoveryE2e, ADiscoveryOnlyConfigMirrorsExactlyTheConnectedNumbersGroups) {
  const json data = sim::generateDataset({3, 5, 41, false, 2});  // + 2 numbers not CONNECTED
  E2e t(data);
  const std::string cfg = t.writeConfig({}, kDiscoveryOnly);
  const auto check = t.run({"--config", cfg, "--check-config"});
  ASSERT_EQ(check.code, 0) << check.err;
  EXPECT_THAT(check.out, HasSubstr("those with Status in [CONNECTED] become accounts"));
  EXPECT_THAT(check.out, HasSubstr("an accounts[] entry with the same cust_space_id and "
                                   "business_number wins"));

  const auto once = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(once.code, 0) << once.err;
  EXPECT_EQ(column(t, "SELECT DISTINCT account_name FROM chat_groups"), discoveredNames(data));
  EXPECT_EQ(t.schema().query("SELECT count(*) FROM current_chat_groups")[0][0].as<int>(), 15);
  std::set<std::string> connected;
  for (const auto& a : data["accounts"]) connected.insert(a["business_number"]);
  const auto listed = listedNumbers(t.sim());
  EXPECT_EQ(std::set<std::string>(listed.begin(), listed.end()), connected)
      << "no ListChatGroup for a number that is not CONNECTED";
  // Every number is mirrored, whatever its status, each with its history's "added".
  EXPECT_EQ(t.schema().query("SELECT count(*) FROM current_phone_numbers")[0][0].as<int>(), 9);
  EXPECT_EQ(column(t, "SELECT DISTINCT status FROM phone_numbers").size(), 3u);
  EXPECT_EQ(
      t.schema()
          .query("SELECT count(*) FROM phone_number_changes WHERE change_type = 'added'")[0][0]
          .as<int>(),
      9);
  EXPECT_EQ(t.schema().query("SELECT count(*) FROM current_instances")[0][0].as<int>(), 3);
  const auto run = t.schema().query(
      "SELECT status, spaces, numbers, added, requests, first_request_id IS NOT NULL "
      "FROM discovery_runs");
  ASSERT_EQ(run.size(), 1u);
  EXPECT_EQ(run[0][0].as<std::string>(), "succeeded");
  EXPECT_EQ(run[0][1].as<int>(), 3);
  EXPECT_EQ(run[0][2].as<int>(), 9);
  EXPECT_EQ(run[0][3].as<int>(), 9);
  EXPECT_EQ(run[0][4].as<int>(), 4);  // ListInstance once, QueryChatappPhoneNumbers per space
  EXPECT_TRUE(run[0][5].as<bool>());

  // Nothing changed: the next pass writes no inventory row.
  const auto before = t.schema().query(
      "SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables WHERE schemaname = "
      "current_schema() AND relname IN ('instances', 'phone_numbers', 'phone_number_changes')");
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  const auto after = t.schema().query(
      "SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables WHERE schemaname = "
      "current_schema() AND relname IN ('instances', 'phone_numbers', 'phone_number_changes')");
  EXPECT_EQ(before[0][0].as<long>(), after[0][0].as<long>());
}

TEST(DiscoveryE2e, AChangedARemovedAndANewNumberGiveThatHistoryAndARetiredNumberKeepsItsGroups) {
  const json data = sim::generateDataset({3, 4, 43});
  E2e t(data);
  const std::string cs1 = data["accounts"][0]["cust_space_id"],
                    bn1 = data["accounts"][0]["business_number"];
  const std::string cs2 = data["accounts"][1]["cust_space_id"],
                    bn2 = data["accounts"][1]["business_number"];
  const std::string cs3 = data["accounts"][2]["cust_space_id"];
  const std::string cfg = t.writeConfig({}, kDiscoveryOnly);
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);

  ASSERT_EQ(
      t.sim().inventory().mutate(json::parse(fmt::format(
          R"([{{"op":"set","cust_space_id":"{}","phone_number":"{}","set":{{"QualityRating":"RED"}}}},
                    {{"op":"delete_number","cust_space_id":"{}","phone_number":"{}"}},
                    {{"op":"add_number","number":{{"CustSpaceId":"{}","PhoneNumber":"8613800000399",
                      "Status":"CONNECTED","QualityRating":"GREEN"}}}}])",
          cs1, bn1, cs2, bn2, cs3))),
      3);
  const long seq = lastSeq(t.sim());
  const auto second = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(second.code, 0) << second.err;
  const auto history = t.schema().query(
      "SELECT c.change_type, c.cust_space_id || '/' || c.phone_number, c.changed_fields::text "
      "FROM phone_number_changes c JOIN discovery_runs r USING (run_id) "
      "WHERE r.started_at = (SELECT max(started_at) FROM discovery_runs) ORDER BY 1, 2");
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[0][0].as<std::string>(), "added");
  EXPECT_EQ(history[0][1].as<std::string>(), cs3 + "/8613800000399");
  EXPECT_EQ(history[1][0].as<std::string>(), "removed");
  EXPECT_EQ(history[1][1].as<std::string>(), cs2 + "/" + bn2);
  EXPECT_EQ(history[2][0].as<std::string>(), "updated");
  EXPECT_EQ(history[2][2].as<std::string>(),
            R"({"QualityRating": {"new": "RED", "old": "GREEN"}})");
  // Retired: no ListChatGroup for it, its groups as they were (not marked removed).
  const auto listed = listedNumbers(t.sim(), seq);
  EXPECT_EQ(listed.count(bn2), 0u);
  EXPECT_EQ(listed.count(bn1), 1u);
  EXPECT_EQ(listed.count("8613800000399"), 1u);
  EXPECT_EQ(t.schema()
                .query("SELECT count(*) FROM chat_groups WHERE removed_at IS NULL AND "
                       "account_name = '" +
                       cs2 + "/" + bn2 + "'")[0][0]
                .as<int>(),
            4);
  const auto status = t.run({"--config", cfg, "--status"});
  EXPECT_EQ(status.code, 0) << status.out;
  EXPECT_THAT(status.out, HasSubstr("retired: no longer listed"));
  EXPECT_THAT(status.out, HasSubstr("3 discovered account(s), 1 retired"));

  // It comes back: restored, and synced again.
  ASSERT_EQ(t.sim().inventory().mutate(json::parse(fmt::format(
                R"([{{"op":"add_number","number":{{"CustSpaceId":"{}","PhoneNumber":"{}",
                      "Status":"CONNECTED","QualityRating":"GREEN"}}}}])",
                cs2, bn2))),
            1);
  const long seq3 = lastSeq(t.sim());
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  EXPECT_EQ(listedNumbers(t.sim(), seq3).count(bn2), 1u);
  EXPECT_EQ(t.schema()
                .query("SELECT change_type FROM phone_number_changes ORDER BY change_id DESC "
                       "LIMIT 1")[0][0]
                .as<std::string>(),
            "restored");
}

TEST(DiscoveryE2e, AnAccountsEntryForTheSamePairWinsAndCanTurnANumberOff) {
  const json data = sim::generateDataset({3, 3, 45});
  E2e t(data);
  auto accounts = E2e::accountsOf(data);
  accounts[0].name = "vip";
  accounts[1].name = "paused";
  accounts[1].extra = "    enabled: false\n";
  accounts.pop_back();  // the third number: discovered
  const std::string cfg = t.writeConfig(accounts, kDiscoveryOnly);
  const auto once = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(once.code, 0) << once.err;
  const std::string third = data["accounts"][2]["cust_space_id"].get<std::string>() + "/" +
                            data["accounts"][2]["business_number"].get<std::string>();
  EXPECT_EQ(column(t, "SELECT DISTINCT account_name FROM chat_groups"),
            (std::set<std::string>{"vip", third}));
  EXPECT_EQ(listedNumbers(t.sim()).count(data["accounts"][1]["business_number"]), 0u)
      << "enabled: false turns the discovered number off";
  EXPECT_EQ(column(t, "SELECT DISTINCT account_name FROM sync_runs"),
            (std::set<std::string>{"vip", third}));
}

TEST(DiscoveryE2e, AFailedOrIncompleteDiscoveryRetiresNothingThere) {
  const json data = sim::generateDataset({3, 2, 47});
  E2e t(data);
  const std::string cfg = t.writeConfig({}, kDiscoveryOnly);
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  const std::string cs1 = data["accounts"][0]["cust_space_id"],
                    bn1 = data["accounts"][0]["business_number"];
  const std::string cs2 = data["accounts"][1]["cust_space_id"],
                    bn2 = data["accounts"][1]["business_number"];
  ASSERT_EQ(t.sim().inventory().mutate(json::parse(fmt::format(
                R"([{{"op":"delete_number","cust_space_id":"{}","phone_number":"{}"}},
                    {{"op":"delete_number","cust_space_id":"{}","phone_number":"{}"}}])",
                cs1, bn1, cs2, bn2))),
            2);
  // Space 1's numbers cannot be listed: that space keeps its number; space 2's goes.
  t.sim().setForbidden(kE2eKey, cs1, "QueryChatappPhoneNumbers", true);
  long seq = lastSeq(t.sim());
  const auto incomplete = t.run({"--config", cfg, "--once"});
  EXPECT_EQ(incomplete.code, 1) << "the accounts synced, the inventory did not";
  EXPECT_EQ(t.schema()
                .query("SELECT status FROM discovery_runs ORDER BY started_at DESC LIMIT 1")[0][0]
                .as<std::string>(),
            "incomplete");
  EXPECT_EQ(column(t, "SELECT phone_number FROM phone_numbers WHERE removed_at IS NOT NULL"),
            (std::set<std::string>{bn2}));
  EXPECT_EQ(listedNumbers(t.sim(), seq).count(bn1), 1u) << "still an account";

  // The whole pass fails (ListInstance denied): nothing is retired, every account still syncs.
  t.sim().setForbidden(kE2eKey, "", "ListInstance", true);
  seq = lastSeq(t.sim());
  const auto failed = t.run({"--config", cfg, "--once"});
  EXPECT_EQ(failed.code, 1);
  EXPECT_THAT(failed.err, HasSubstr("Forbidden.RAM"));
  EXPECT_EQ(t.schema()
                .query("SELECT status FROM discovery_runs ORDER BY started_at DESC LIMIT 1")[0][0]
                .as<std::string>(),
            "failed");
  EXPECT_EQ(column(t, "SELECT phone_number FROM phone_numbers WHERE removed_at IS NOT NULL"),
            (std::set<std::string>{bn2}));
  EXPECT_EQ(listedNumbers(t.sim(), seq).count(bn1), 1u);
}

TEST(DiscoveryE2e, FortySpacesAreListedWithNoSecondOverTenRequestsAndNoThrottling) {
  const json data = sim::generateDataset({40, 1, 49});
  E2e t(data);  // the simulator enforces QueryChatappPhoneNumbers' own 10/s
  t.setApiQps(100);
  const std::string cfg = t.writeConfig({}, kDiscoveryOnly);
  const auto once = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(once.code, 0) << once.err;
  std::vector<std::int64_t> sent;
  for (const auto& e : t.sim().log()) {
    if (e.action != "QueryChatappPhoneNumbers") continue;
    EXPECT_EQ(e.code, "OK") << "no throttling";
    sent.push_back(e.ts_ms);
  }
  ASSERT_EQ(sent.size(), 40u);
  std::sort(sent.begin(), sent.end());
  std::size_t busiest = 0;
  for (std::size_t i = 0, j = 0; i < sent.size(); ++i) {
    while (sent[i] - sent[j] >= 1000) ++j;
    busiest = std::max(busiest, i - j + 1);
  }
  EXPECT_LE(busiest, 10u);
  EXPECT_GE(sent.back() - sent.front(), 3500) << "paced, not sent at once";
  EXPECT_EQ(t.schema().query("SELECT status FROM discovery_runs")[0][0].as<std::string>(),
            "succeeded");
}

TEST(DiscoveryE2e, ReplicasDoNotBothDiscover) {
  const json data = sim::generateDataset({6, 2, 51});
  E2e t(data);
  const std::string cfg =
      t.writeConfig({}, kDiscoveryOnly + "schedule:\n  interval: 1h\n  jitter: 0\n");
  ASSERT_EQ(t.run({"--config", cfg, "--migrate"}).code, 0);
  // Two --once replicas started together list the inventory once; so do two daemons.
  auto a = t.start({"--config", cfg, "--once"}, "once-a");
  auto b = t.start({"--config", cfg, "--once"}, "once-b");
  EXPECT_EQ(a->wait(60s), 0) << a->err();
  EXPECT_EQ(b->wait(60s), 0) << b->err();
  EXPECT_EQ(t.schema().query("SELECT count(*) FROM discovery_runs")[0][0].as<int>(), 1);
  const auto listings = [&t] {
    int n = 0;
    for (const auto& e : t.sim().log()) n += e.action == "ListInstance";
    return n;
  };
  EXPECT_EQ(listings(), 1);

  t.schema().query("DELETE FROM discovery_runs");  // due again
  auto d1 = t.start({"--config", cfg}, "daemon-1");
  auto d2 = t.start({"--config", cfg}, "daemon-2");
  ASSERT_TRUE(E2e::eventually([&] {
    return d1->err().find("accounts: 0 configured, 6 discovered") != std::string::npos &&
           d2->err().find("accounts: 0 configured, 6 discovered") != std::string::npos;
  })) << d1->err()
      << d2->err();
  EXPECT_EQ(t.schema().query("SELECT count(*) FROM discovery_runs")[0][0].as<int>(), 1);
  EXPECT_EQ(listings(), 2);
  d1->signal(SIGTERM);
  d2->signal(SIGTERM);
  EXPECT_EQ(d1->wait(30s), 0);
  EXPECT_EQ(d2->wait(30s), 0);
}

TEST(DiscoveryE2e, TheDaemonListsOnSighupAndShowsTheNumbersHealthInItsMetrics) {
  const json data = sim::generateDataset({2, 2, 53});
  E2e t(data);
  const std::string cs1 = data["accounts"][0]["cust_space_id"],
                    bn1 = data["accounts"][0]["business_number"];
  const std::string cfg = t.writeConfig(
      {},
      kDiscoveryOnly + "schedule:\n  interval: 1h\n  jitter: 0\nmetrics:\n  listen: 127.0.0.1:0\n");
  auto daemon = t.start({"--config", cfg}, "daemon");
  int port = 0;
  ASSERT_TRUE(E2e::eventually([&] {
    return (port = reportedPort(daemon->err(), "metrics on http://")) > 0;
  })) << daemon->err();
  const std::string base = fmt::format("http://127.0.0.1:{}/metrics", port);
  const auto info = [&](const char* status, const char* quality) {
    return fmt::format(
        "cams_groupsync_phone_number_info{{cust_space_id=\"{}\",phone_number=\"{}\","
        "status=\"{}\",quality_rating=\"{}\",messaging_limit_tier=\"TIER_1K\"}} 1",
        cs1, bn1, status, quality);
  };
  std::string m;
  ASSERT_TRUE(E2e::eventually([&] {
    m = httpGet(base);
    return m.find(info("CONNECTED", "GREEN")) != std::string::npos &&
           m.find("cams_groupsync_runs_total{account=\"" + cs1 + "/" + bn1 +
                  "\",status=\"succeeded\"} 1") != std::string::npos;
  })) << m
      << daemon->err();
  EXPECT_THAT(m, HasSubstr("cams_groupsync_discovered_accounts 2"));
  EXPECT_THAT(m, HasSubstr("cams_groupsync_retired_accounts 0"));
  EXPECT_THAT(m, HasSubstr("cams_groupsync_discovery_runs_total{status=\"succeeded\"} 1"));

  // The number falls to RED and is disconnected: SIGHUP lists at once; it is retired.
  ASSERT_EQ(t.sim().inventory().mutate(json::parse(fmt::format(
                R"([{{"op":"set","cust_space_id":"{}","phone_number":"{}",
                      "set":{{"QualityRating":"RED","Status":"DISCONNECTED"}}}}])",
                cs1, bn1))),
            1);
  daemon->signal(SIGHUP);
  EXPECT_TRUE(E2e::eventually([&] {
    m = httpGet(base);
    return m.find(info("DISCONNECTED", "RED")) != std::string::npos &&
           m.find("cams_groupsync_retired_accounts 1") != std::string::npos;
  })) << m
      << daemon->err();
  EXPECT_THAT(daemon->err(), HasSubstr("accounts: 0 configured, 1 discovered, 1 retired"));
  daemon->signal(SIGTERM);
  EXPECT_EQ(daemon->wait(30s), 0);
}

}  // namespace
}  // namespace cgs::testing

namespace cgs::testing {
namespace {

// The numbers' events reach only the webhooks that list them (existing receivers see nothing
// new), shaped like a group's: the change and the number as it is now. A webhook with accounts:
// takes the numbers of those accounts' spaces.
TEST(DiscoveryE2e, NumberEventsGoOnlyToTheWebhooksThatListThem) {
  const json data = sim::generateDataset({3, 2, 55});
  E2e t(data);
  auto accounts = E2e::accountsOf(data);
  accounts.resize(1);  // acct-1; the others are discovered
  const std::string secret = t.dir().file("hook-secret");
  writeSecretFile(secret, "a-hook-secret-of-some-length\n");
  const std::string hooks = fmt::format(
      "webhooks:\n"
      "  - name: groups\n    url: http://127.0.0.1:9/hooks\n    secret_file: {0}\n"
      "  - name: numbers\n    url: http://127.0.0.1:9/hooks\n    secret_file: {0}\n"
      "    events: [phone_number_added, phone_number_updated, added]\n"
      "  - name: acme\n    url: http://127.0.0.1:9/hooks\n    secret_file: {0}\n"
      "    events: [phone_number_added]\n    accounts: [acct-1]\n",
      secret);
  const std::string cfg = t.writeConfig(accounts, kDiscoveryOnly + hooks);
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  const auto events = [&t](const std::string& hook) {
    std::multiset<std::string> out;
    for (const auto& r : t.schema().query("SELECT event ->> 'change_type' FROM webhook_outbox "
                                          "WHERE webhook = '" +
                                          hook + "'")) {
      out.insert(r[0].as<std::string>());
    }
    return out;
  };
  EXPECT_EQ(events("groups").count("phone_number_added"), 0u);
  EXPECT_EQ(events("groups").count("added"), 6u);
  EXPECT_EQ(events("numbers").count("phone_number_added"), 3u);
  EXPECT_EQ(events("numbers").count("added"), 6u);
  EXPECT_EQ(events("acme"), (std::multiset<std::string>{"phone_number_added"}))
      << "acct-1's space only";
  const auto e =
      json::parse(t.schema()
                      .query("SELECT event::text FROM webhook_outbox WHERE webhook = 'acme'")[0][0]
                      .as<std::string>());
  EXPECT_EQ(e["cust_space_id"], data["accounts"][0]["cust_space_id"]);
  EXPECT_EQ(e["phone_number"], data["accounts"][0]["business_number"]);
  EXPECT_EQ(e["number"]["status"], "CONNECTED");
  EXPECT_EQ(e["number"]["raw"]["PhoneNumber"], data["accounts"][0]["business_number"]);
  EXPECT_TRUE(e.contains("event_id") && e.contains("change_id") && e.contains("changed_at"));
}

}  // namespace
}  // namespace cgs::testing
