// The mirror's SQL objects work from any session: an empty search_path (pg_dump, pg_restore, most
// applications), one that names an unrelated schema with look-alike tables, and a mirror schema
// whose name needs quoting.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include <fmt/format.h>
#include <pqxx/pqxx>

#include "pg_harness.h"

namespace cgs::testing {
namespace {

// One call of every function the migrations create, by name and argument types ({} is the quoted
// schema). A function a migration adds without a call here fails the tests below.
const std::map<std::string, std::string> kCalls = {
    {"cgs_item_text(jsonb, text)", "SELECT {}.cgs_item_text('{{\"S\":\"x\"}}', 'S') = 'x'"},
    {"cgs_item_whole(jsonb, text, numeric, numeric)",
     "SELECT {}.cgs_item_whole('{{\"N\":7}}', 'N', 0, 10) = 7"},
    {"cgs_item_bigint(jsonb, text)", "SELECT {}.cgs_item_bigint('{{\"N\":12.0}}', 'N') = 12"},
    {"cgs_item_integer(jsonb, text)", "SELECT {}.cgs_item_integer('{{\"N\":3}}', 'N') = 3"},
    {"cgs_raw_digest(jsonb)",
     "SELECT {}.cgs_raw_digest('{{\"b\":1,\"a\":2}}') = "
     "('x' || left(md5('{{\"a\": 2, \"b\": 1}}'), 16))::bit(64)::bigint"},
    {"cgs_require_history(timestamp with time zone)", "SELECT {}.cgs_require_history(now())"},
    {"cgs_jsonb_merge(jsonb)",
     "SELECT {}.cgs_jsonb_merge(j ORDER BY n DESC) = '{{\"a\":1,\"b\":2}}' FROM (VALUES "
     "(1, '{{\"a\":1}}'::jsonb), (2, '{{\"a\":3,\"b\":2}}')) v(n, j)"},
    {"cgs_groups_as_of(timestamp with time zone, text, text, text, text)",
     "SELECT subject = 'before' FROM {}.cgs_groups_as_of(now() - interval '1 hour', NULL, NULL, "
     "NULL, NULL)"},
    {"chat_groups_as_of(timestamp with time zone)",
     "SELECT subject = 'before' FROM {}.chat_groups_as_of(now() - interval '1 hour')"},
    {"chat_groups_as_of(timestamp with time zone, text)",
     "SELECT subject = 'before' FROM {}.chat_groups_as_of(now() - interval '1 hour', 'acct')"},
    {"chat_group_as_of(text, text, text, timestamp with time zone)",
     "SELECT subject = 'before' FROM {}.chat_group_as_of('cs', 'bn', 'g1', "
     "now() - interval '1 hour')"},
};

class SqlInterface : public ::testing::Test {
 protected:
  void SetUp() override {
    // One group renamed an hour and a half after it was first seen: "as of" an hour ago undoes it.
    schema.query(R"(
      INSERT INTO chat_groups (cust_space_id, business_number, group_id, subject, raw,
                               account_name, first_seen_at, last_changed_at)
      VALUES ('cs', 'bn', 'g1', 'after', '{"GroupId":"g1","Subject":"after","GmtModifier":5}',
              'acct', now() - interval '2 hours', now() - interval '30 minutes');
      INSERT INTO chat_group_changes (run_id, cust_space_id, business_number, group_id,
                                      change_type, changed_fields, changed_at)
      VALUES (gen_random_uuid(), 'cs', 'bn', 'g1', 'added', NULL, now() - interval '2 hours'),
             (gen_random_uuid(), 'cs', 'bn', 'g1', 'updated',
              '{"Subject":{"old":"before","new":"after"}}', now() - interval '30 minutes');
      INSERT INTO chat_group_participants (cust_space_id, business_number, group_id,
                                           participant_number, first_seen_at)
      VALUES ('cs', 'bn', 'g1', '8613800000009', now() - interval '2 hours');
      INSERT INTO sync_runs (run_id, account_name, cust_space_id, business_number, trigger,
                             started_at, status)
      VALUES (gen_random_uuid(), 'acct', 'cs', 'bn', 'once', now(), 'succeeded');
      INSERT INTO instances (cust_space_id, instance_id, raw, first_seen_at, last_changed_at)
      VALUES ('cs', 'i1', '{"InstanceId":"i1","CustSpaceId":"cs"}', now(), now());
      INSERT INTO phone_numbers (cust_space_id, phone_number, status, raw, first_seen_at,
                                 last_changed_at)
      VALUES ('cs', 'bn', 'CONNECTED', '{"PhoneNumber":"bn","Status":"CONNECTED"}', now(), now());
    )");
  }

  // Runs each function call and reads each view of the mirror from a session whose search_path
  // is `search_path`; returns the objects it found.
  std::set<std::string> exerciseFrom(const std::string& search_path) {
    pqxx::connection c(testDatabaseUrl());
    pqxx::work tx(c);
    const std::string q = tx.quote_name(schema.name());
    tx.exec("SET LOCAL search_path TO " + search_path);
    std::set<std::string> seen;
    for (const auto& row : tx.exec_params("SELECT p.proname || '(' || "
                                          "pg_catalog.oidvectortypes(p.proargtypes) || ')' FROM "
                                          "pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n "
                                          "ON n.oid = p.pronamespace WHERE n.nspname = $1",
                                          schema.name())) {
      const auto name = row[0].as<std::string>();
      seen.insert(name);
      const auto call = kCalls.find(name);
      if (call == kCalls.end()) {
        ADD_FAILURE() << "function " << name << " has no call in kCalls";
        continue;
      }
      const auto result = tx.exec(fmt::format(fmt::runtime(call->second), q));
      EXPECT_EQ(result.size(), 1u) << call->second;
      if (!result.empty()) {
        EXPECT_TRUE(result[0][0].as<bool>()) << call->second;
      }
    }
    for (const auto& row : tx.exec_params(
             "SELECT viewname FROM pg_catalog.pg_views WHERE schemaname = $1", schema.name())) {
      const auto name = row[0].as<std::string>();
      seen.insert(name);
      EXPECT_GE(tx.exec1("SELECT count(*) FROM " + q + "." + tx.quote_name(name))[0].as<int>(), 1)
          << name;
    }
    // The numbers' history draws its ids from the groups' sequence, whatever the path.
    const auto ids = tx.exec1(
        "WITH n AS (INSERT INTO " + q +
        ".phone_number_changes (run_id, cust_space_id, phone_number, change_type, changed_at) "
        "VALUES (gen_random_uuid(), 'cs', 'bn', 'added', now()) RETURNING change_id) "
        "SELECT (SELECT change_id FROM n) > (SELECT max(change_id) FROM " +
        q + ".chat_group_changes)");
    EXPECT_TRUE(ids[0].as<bool>());
    // A write computes the generated columns through the item helpers.
    tx.exec("UPDATE " + q + ".chat_groups SET raw = raw || '{\"TotalParticipantCount\": 9}'");
    EXPECT_EQ(tx.exec1("SELECT total_participant_count FROM " + q + ".chat_groups")[0].as<int>(),
              9);
    return seen;
  }

  TestSchema schema{/*migrated=*/true, "Mirror-"};
};

TEST_F(SqlInterface, EveryFunctionAndViewWorksFromAnEmptySearchPath) {
  const auto seen = exerciseFrom("''");
  for (const auto& [name, call] : kCalls) EXPECT_TRUE(seen.count(name)) << name;
  EXPECT_TRUE(seen.count("current_chat_groups"));
  EXPECT_TRUE(seen.count("chat_group_history"));
}

TEST_F(SqlInterface, LookAlikeTablesOnTheCallersSearchPathAreNotUsed) {
  pqxx::connection c(testDatabaseUrl());
  pqxx::work tx(c);
  const std::string decoy = "decoy_" + randomHex(4);
  tx.exec("CREATE SCHEMA " + decoy);
  tx.exec("CREATE TABLE " + decoy + ".chat_groups (LIKE " + tx.quote_name(schema.name()) +
          ".chat_groups)");
  tx.exec("CREATE TABLE " + decoy + ".maintenance (changes_pruned_before timestamptz)");
  tx.exec("INSERT INTO " + decoy + ".maintenance VALUES (now())");
  tx.commit();
  (void)exerciseFrom(decoy);
  pqxx::nontransaction drop(c);
  drop.exec("DROP SCHEMA " + decoy + " CASCADE");
}

}  // namespace
}  // namespace cgs::testing
