// Roles: the daemon runs with only the run-time grants (contrib/sql/runtime-role.sql), and the
// read-only tenants of sql_access see only their accounts' rows through every relation and
// function of the SQL interface, write nothing, and read no internal table.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <csignal>

#include "e2e_harness.h"
#include "local_http.h"
#include "store/sql_access.h"
#include "webhook_receiver.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using namespace std::chrono_literals;

// The test cluster's URL as another (password-less, trusted) user.
std::string asUser(const std::string& url, const std::string& user) {
  const auto start = url.find("://") + 3;
  const auto at = url.find('@', start);
  return url.substr(0, start) + user + url.substr(at);
}

void admin(const std::string& sql) {
  pqxx::connection c(testDatabaseUrl());
  pqxx::nontransaction tx(c);
  tx.exec(sql);
}

// Roles made for one test (cluster-wide), dropped with what they were granted at its end.
class Roles {
 public:
  std::string make(const std::string& prefix, const std::string& attributes = "") {
    names_.push_back(prefix + randomHex(4));
    admin("CREATE ROLE " + names_.back() + " LOGIN " + attributes);
    return names_.back();
  }
  ~Roles() {
    for (const auto& r : names_) {
      try {
        admin("DROP OWNED BY " + r + "; DROP ROLE " + r);
      } catch (...) {
      }
    }
  }

 private:
  std::vector<std::string> names_;
};

TEST(Roles, TheDaemonSyncsWithOnlyTheRunTimeGrantsAndAPendingMigrationNamesTheFix) {
  const json data = sim::generateDataset({2, 30, 91, true});
  E2e t(data);
  auto receiver = startReceiver(t, 0, "receiver");
  const std::string hooks = webhookTo(t, *receiver);
  ASSERT_FALSE(hooks.empty()) << receiver->err();
  auto accounts = E2e::accountsOf(data);
  accounts[0].extra = "    participants: true\n";
  const std::string extra = "retention:\n  runs: 1d\n  changes: 1d\n" + hooks;
  ASSERT_EQ(t.run({"--config", t.writeConfig(accounts, extra, "owner.yaml"), "--migrate"}).code, 0);

  Roles roles;
  const std::string daemon_role = roles.make("cgs_rt_", "BYPASSRLS");
  const std::string log = t.dir().file("grants.log");
  ASSERT_EQ(std::system(fmt::format("psql -q -v ON_ERROR_STOP=1 -v 'schema={}' -v 'role={}' -f "
                                    "{}/contrib/sql/runtime-role.sql '{}' >{} 2>&1",
                                    t.schema().name(), daemon_role, CGS_SOURCE_DIR,
                                    testDatabaseUrl(), log)
                            .c_str()),
            0)
      << readFile(log);
  t.setDatabaseUrl(asUser(testDatabaseUrl(), daemon_role));
  const std::string cfg = t.writeConfig(accounts, extra);

  const auto once = t.run({"--config", cfg, "--once", "--prune"});
  ASSERT_EQ(once.code, 0) << once.err;
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM current_chat_groups"), 60);
  EXPECT_GT(t.schema().scalar<int>("SELECT count(*) FROM chat_group_participants"), 0);
  EXPECT_THAT(once.err, HasSubstr("retention: pruned"));
  const auto events = t.schema().scalar<std::size_t>("SELECT count(*) FROM webhook_outbox");
  EXPECT_GT(events, 60u) << "groups and members";
  ASSERT_TRUE(E2e::eventually([&] { return receivedIds(*receiver).size() == events; }))
      << receiver->out();
  const auto status = t.run({"--config", cfg, "--status"});
  EXPECT_EQ(status.code, 0) << status.err;
  EXPECT_THAT(status.out, HasSubstr("succeeded"));

  // A release with a migration this role may not apply: one line, naming who can.
  t.setMigrationsDir(migrationsOf(t.dir(), 99, "CREATE TABLE next_release (note text);\n"));
  const auto pending = t.run({"--config", t.writeConfig(accounts, extra, "next.yaml"), "--once"});
  EXPECT_EQ(pending.code, 3) << pending.err;
  EXPECT_THAT(pending.err, HasSubstr("migration 9001_newer_release.sql is pending and role " +
                                     daemon_role + " may not change schema " + t.schema().name() +
                                     ": run cams-groupsync --migrate as the schema's owner"));
}

// Every relation and function of the SQL interface, read as a tenant: the (CustSpaceId) values
// it sees through each.
std::map<std::string, std::set<std::string>> seenBy(const std::string& role,
                                                    const std::string& schema) {
  pqxx::connection c(asUser(testDatabaseUrl(), role));
  pqxx::work tx(c);
  tx.exec("SET LOCAL search_path TO ''");
  const std::string s = tx.quote_name(schema) + ".";
  std::map<std::string, std::string> queries;
  for (const auto& rel : tenantRelations()) {
    if (rel.rfind("sql_access", 0) == 0) continue;  // no cust_space_id: the mapping itself
    queries[rel] = "SELECT DISTINCT cust_space_id FROM " + s + rel;
  }
  queries["chat_groups_as_of"] =
      "SELECT DISTINCT cust_space_id FROM " + s + "chat_groups_as_of(now())";
  queries["chat_group_as_of"] =
      "SELECT DISTINCT g.cust_space_id FROM " + s + "chat_groups g, LATERAL " + s +
      "chat_group_as_of(g.cust_space_id, g.business_number, g.group_id, now()) a";
  std::map<std::string, std::set<std::string>> out;
  for (const auto& [name, sql] : queries) {
    auto& seen = out[name];
    for (const auto& r : tx.exec(sql)) seen.insert(r[0].as<std::string>());
  }
  return out;
}

class Tenants : public ::testing::Test {
 protected:
  Tenants() {
    for (auto& a : accounts) a.extra = "    participants: true\n";
  }
  // With discovery, so the inventory's relations have every space's rows too.
  std::string configWith(const std::string& sql_access, const std::string& name) {
    return t.writeConfig(accounts, "discovery:\n  interval: 1h\nsql_access:\n" + sql_access, name);
  }

  json data = sim::generateDataset({3, 20, 57, true});
  E2e t{data};
  std::vector<E2eAccount> accounts = E2e::accountsOf(data);
  Roles roles;
  std::string acme = roles.make("tenant_acme_");
  std::string analyst = roles.make("analyst_");
  std::string outsider = roles.make("outsider_");
};

TEST_F(Tenants, EachSeesOnlyItsAccountsThroughEveryRelationAndWritesNothing) {
  const std::string cfg = configWith(fmt::format("  - role: {}\n    accounts: [acct-1, acct-3]\n"
                                                 "  - role: {}\n    accounts: all\n",
                                                 acme, analyst),
                                     "tenants.yaml");
  const auto check = t.run({"--config", cfg, "--check-config"});
  EXPECT_THAT(check.out,
              HasSubstr("sql_access: role " + acme + " reads the rows of accounts acct-1,acct-3"));
  const auto once = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(once.code, 0) << once.err;

  const std::set<std::string> mine{"cams-sim-0001", "cams-sim-0003"};
  const std::set<std::string> all{"cams-sim-0001", "cams-sim-0002", "cams-sim-0003"};
  for (const auto& [relation, seen] : seenBy(acme, t.schema().name())) {
    EXPECT_EQ(seen, mine) << relation;
  }
  for (const auto& [relation, seen] : seenBy(analyst, t.schema().name())) {
    EXPECT_EQ(seen, all) << relation;
  }
  // A login role in the tenant's group role is that tenant.
  const std::string member = roles.make("acme_alice_", "IN ROLE " + acme);
  for (const auto& [relation, seen] : seenBy(member, t.schema().name())) {
    EXPECT_EQ(seen, mine) << relation;
  }

  pqxx::connection c(asUser(testDatabaseUrl(), acme));
  const std::string s = pqxx::nontransaction(c).quote_name(t.schema().name()) + ".";
  for (const std::string& write :
       {"UPDATE " + s + "chat_groups SET subject = 'x'", "DELETE FROM " + s + "sync_runs",
        "INSERT INTO " + s + "sql_access_roles VALUES ('x', true)"}) {
    pqxx::nontransaction tx(c);
    EXPECT_THROW(tx.exec(write), pqxx::insufficient_privilege) << write;
  }
  for (const char* internal :
       {"webhook_outbox", "webhook_deliveries", "api_quota_slots", "maintenance",
        "chat_group_participant_checks", "participant_backoff", "schema_migrations"}) {
    pqxx::nontransaction tx(c);
    EXPECT_THROW(tx.exec("SELECT 1 FROM " + s + internal), pqxx::insufficient_privilege)
        << internal;
  }
  pqxx::nontransaction tx(c);
  EXPECT_EQ(tx.exec1("SELECT count(*) FROM " + s + "sql_access_roles")[0].as<int>(), 1)
      << "a tenant sees its own mapping, no other tenant's";
  pqxx::connection o(asUser(testDatabaseUrl(), outsider));
  pqxx::nontransaction otx(o);
  EXPECT_THROW(otx.exec("SELECT 1 FROM " + s + "chat_groups"), pqxx::insufficient_privilege);
}

TEST_F(Tenants, ARoleTakenOutLosesItsGrantsAndAMissingRoleIsAConfigurationError) {
  const std::string both = configWith(fmt::format("  - role: {}\n    accounts: [acct-2]\n"
                                                  "  - role: {}\n    accounts: all\n",
                                                  acme, analyst),
                                      "both.yaml");
  ASSERT_EQ(t.run({"--config", both, "--once"}).code, 0);
  EXPECT_EQ(seenBy(acme, t.schema().name())["current_chat_groups"],
            std::set<std::string>{"cams-sim-0002"});

  // Reloaded by a running daemon: acme now sees acct-3, the analyst is gone.
  const std::string path = t.dir().file("config.yaml");
  std::filesystem::copy_file(both, path);
  auto daemon = t.start({"--config", path}, "daemon");
  ASSERT_TRUE(E2e::eventually([&] { return daemon->err().find("ready") != std::string::npos; }))
      << daemon->err();
  std::filesystem::copy_file(
      configWith(fmt::format("  - role: {}\n    accounts: [acct-3]\n", acme), "one.yaml"), path,
      std::filesystem::copy_options::overwrite_existing);
  daemon->signal(SIGHUP);
  ASSERT_TRUE(E2e::eventually([&] {
    return seenBy(acme, t.schema().name())["current_chat_groups"] ==
           std::set<std::string>{"cams-sim-0003"};
  })) << daemon->err();
  EXPECT_THAT(daemon->err(), HasSubstr("sql_access: role " + analyst + " is no longer listed"));
  pqxx::connection c(asUser(testDatabaseUrl(), analyst));
  pqxx::nontransaction tx(c);
  EXPECT_THROW(tx.exec("SELECT 1 FROM " + tx.quote_name(t.schema().name()) + ".chat_groups"),
               pqxx::insufficient_privilege);
  daemon->signal(SIGTERM);
  EXPECT_EQ(daemon->wait(10s), 0) << daemon->err();

  const auto missing =
      t.run({"--config",
             configWith("  - role: nobody_made_this_role\n    accounts: all\n", "missing.yaml"),
             "--migrate"});
  EXPECT_EQ(missing.code, 2) << missing.err;
  EXPECT_THAT(missing.err, HasSubstr("sql_access: role \"nobody_made_this_role\" does not exist"));
}

}  // namespace
}  // namespace cgs::testing
