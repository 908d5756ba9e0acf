// Schema 2 against a real PostgreSQL: the 2026 item fields as typed columns (wrong JSON types are
// NULL, the value stays in raw), the history's field sides, and "as of" queries that must equal
// snapshots taken after each of several syncs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

#include "store/retention.h"
#include "store_fixture.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

constexpr const char* kColumns =
    "cust_space_id, business_number, group_id, subject, description, invite_link, group_status, "
    "profile_picture_file, raw, account_name, first_seen_at, last_changed_at, business_role, "
    "gmt_modifier, group_link, group_type, total_participant_count";

std::string typed(const TestSchema& schema, const std::string& group_id) {
  return schema.scalar<std::string>(
      "SELECT concat_ws('|', coalesce(business_role, '-'), coalesce(gmt_modifier::text, '-'), "
      "coalesce(group_link, '-'), coalesce(group_type, '-'), "
      "coalesce(total_participant_count::text, '-')) FROM chat_groups WHERE group_id = '" +
      group_id + "'");
}

TEST_F(Store, TypedColumnsComeFromTheItem) {
  (void)apply({group("full", "s", "ACTIVE",
                     {{"BusinessRole", "ADMIN"},
                      {"GmtModifier", 1767225600123LL},
                      {"GroupLink", "https://t.me/+x"},
                      {"GroupType", "GROUP"},
                      {"TotalParticipantCount", 7}}),
               group("none", "s")});
  EXPECT_EQ(typed(schema, "full"), "ADMIN|1767225600123|https://t.me/+x|GROUP|7");
  EXPECT_EQ(typed(schema, "none"), "-|-|-|-|-") << "absent fields are NULL";
  EXPECT_EQ(schema.scalar<int>("SELECT total_participant_count FROM current_chat_groups "
                               "WHERE group_id = 'full'"),
            7);
}

TEST_F(Store, WrongJsonTypesAreNullAndStayInRaw) {
  (void)apply({group("a", "s", "ACTIVE",
                     {{"TotalParticipantCount", "7"}, {"GmtModifier", 12.5}, {"BusinessRole", 3}}),
               group("b", "s", "ACTIVE",
                     {{"TotalParticipantCount", 4294967296LL},
                      {"GmtModifier", nullptr},
                      {"GroupType", json::array()}}),
               group("c", "s", "ACTIVE", {{"TotalParticipantCount", 12.0}})});
  EXPECT_EQ(typed(schema, "a"), "-|-|-|-|-");
  EXPECT_EQ(typed(schema, "b"), "-|-|-|-|-") << "out of integer range, null, array";
  EXPECT_EQ(typed(schema, "c"), "-|-|-|-|12") << "a whole number is a number";
  EXPECT_EQ(schema.scalar<std::string>(
                "SELECT raw->>'TotalParticipantCount' FROM chat_groups WHERE group_id = 'a'"),
            "7");
}

TEST_F(Store, FieldHistoryOmitsTheSideWhereTheFieldWasAbsent) {
  (void)apply({group("x", "s")});
  (void)apply({group("x", "s", "ACTIVE", {{"TotalParticipantCount", 3}})});
  (void)apply({group("x", "s", "ACTIVE", {{"TotalParticipantCount", 4}})});
  (void)apply({group("x", "s", "ACTIVE", {{"TotalParticipantCount", nullptr}})});
  std::vector<json> diffs;
  for (const auto& r : schema.query("SELECT changed_fields::text FROM chat_group_changes "
                                    "WHERE change_type = 'updated' ORDER BY change_id")) {
    diffs.push_back(json::parse(r[0].as<std::string>()));
  }
  ASSERT_EQ(diffs.size(), 3u);
  EXPECT_EQ(diffs[0], json::parse(R"({"TotalParticipantCount":{"new":3}})"));
  EXPECT_EQ(diffs[1], json::parse(R"({"TotalParticipantCount":{"old":3,"new":4}})"));
  EXPECT_EQ(diffs[2], json::parse(R"({"TotalParticipantCount":{"old":4,"new":null}})"));
  EXPECT_EQ(typed(schema, "x"), "-|-|-|-|-");
}

// Syncs with renames, status and count changes, removals and restores, a snapshot of
// current_chat_groups after each; the "as of" function at each snapshot's time equals it.
TEST_F(Store, AsOfEqualsEverySnapshot) {
  const Account other{"other", "cams-b", "8613800000002"};
  const auto snapshot = [&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));  // a time strictly between runs
    const std::string at = schema.scalar<std::string>("SELECT clock_timestamp()::text");
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    std::vector<std::string> rows;
    for (const auto& r : schema.query(std::string("SELECT row(") + kColumns +
                                      ")::text FROM current_chat_groups ORDER BY 1")) {
      rows.push_back(r[0].as<std::string>());
    }
    return std::make_pair(at, rows);
  };
  std::vector<std::pair<std::string, std::vector<std::string>>> snaps;
  snaps.push_back(snapshot());  // before the first run: nothing
  (void)apply({group("a", "A1", "ACTIVE", {{"TotalParticipantCount", 3}, {"Description", nullptr}}),
               group("b", "B1"), group("c", "C1")});
  (void)apply({group("o", "O1")}, {}, other);
  snaps.push_back(snapshot());
  (void)apply({group("a", "A2", "SUSPENDED", {{"TotalParticipantCount", 5}}), group("b", "B1"),
               group("c", "C1"), group("d", "D1", "ACTIVE", {{"GroupType", "GROUP"}})});
  snaps.push_back(snapshot());
  (void)apply({group("a", "A2", "SUSPENDED", {{"TotalParticipantCount", 5}}), group("c", "C2"),
               group("d", "D1", "ACTIVE", {{"GroupType", "GROUP"}})});  // b removed
  snaps.push_back(snapshot());
  (void)apply({group("a", "A3", "ACTIVE", {{"Description", "now"}}), group("b", "B2"),
               group("c", "C2"), group("d", "D1")});  // b restored, renamed; d loses GroupType
  (void)apply({}, {}, other);                         // all of other's groups go: held
  (void)apply({}, {true, true, 0.5, false}, other);
  snaps.push_back(snapshot());
  (void)apply({group("a", "A3", "ACTIVE", {{"Description", "now"}}), group("b", "B2"),
               group("d", "D2")});  // c removed again
  snaps.push_back(snapshot());
  for (std::size_t i = 0; i < snaps.size(); ++i) {
    std::vector<std::string> rows;
    for (const auto& r :
         schema.query(std::string("SELECT row(") + kColumns + ")::text FROM chat_groups_as_of('" +
                      snaps[i].first + "') ORDER BY 1")) {
      rows.push_back(r[0].as<std::string>());
    }
    EXPECT_EQ(rows, snaps[i].second) << "as of snapshot " << i << " (" << snaps[i].first << ")";
    // One account's: the same rows as the whole mirror's of that account.
    for (const char* account : {"acme", "other"}) {
      const std::string of_account = std::string("SELECT row(") + kColumns +
                                     ")::text FROM chat_groups_as_of('" + snaps[i].first + "', '" +
                                     account + "') ORDER BY 1";
      const std::string filtered = std::string("SELECT row(") + kColumns +
                                   ")::text FROM chat_groups_as_of('" + snaps[i].first +
                                   "') WHERE account_name = '" + account + "' ORDER BY 1";
      std::vector<std::string> a, b;
      for (const auto& r : schema.query(of_account)) a.push_back(r[0].as<std::string>());
      for (const auto& r : schema.query(filtered)) b.push_back(r[0].as<std::string>());
      EXPECT_EQ(a, b) << account << " as of snapshot " << i;
    }
  }
  EXPECT_EQ(schema.scalar<std::string>(
                "SELECT subject || ' ' || group_status || ' ' || total_participant_count FROM "
                "chat_group_as_of('cams-a', '8613800000001', 'a', '" +
                snaps[2].first + "')"),
            "A2 SUSPENDED 5");
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_as_of('cams-a', '8613800000001', "
                               "'b', '" +
                               snaps[3].first + "')"),
            0)
      << "b was not listed then";
}

// Inlined, a function's argument is the caller's expression, copied wherever the body names it:
// "as of" computes its time once per call, not once for every change it reads.
TEST_F(Store, AsOfComputesItsTimeOnceHoweverManyChangesItReads) {
  std::vector<ChatGroup> listing;
  for (int i = 0; i < 10; ++i) listing.push_back(group("g" + std::to_string(i), "v0"));
  (void)apply(listing);
  for (int v = 1; v <= 3; ++v) {
    for (auto& g : listing) g = group(g.group_id, "v" + std::to_string(v));
    (void)apply(listing);
  }
  ASSERT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes"), 40);
  schema.query(R"(
    CREATE SEQUENCE at_evaluations;
    CREATE FUNCTION counted_now() RETURNS timestamptz LANGUAGE plpgsql STABLE
      AS $$ BEGIN PERFORM nextval('at_evaluations'); RETURN now(); END $$;
  )");
  const auto evaluations = [&](const std::string& call) {
    schema.query("SELECT setval('at_evaluations', 1, false)");
    EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM " + call), 10) << call;
    return schema.scalar<int>(
        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM at_evaluations");
  };
  // Once for the history check, once for the rebuild.
  EXPECT_LE(evaluations("chat_groups_as_of(counted_now())"), 2);
  EXPECT_LE(evaluations("chat_groups_as_of(counted_now(), 'acme')"), 2);
}

TEST_F(Store, AsOfBeforeTheRetentionHorizonIsRefusedNamingIt) {
  (void)apply(groups(3));
  const std::string early = schema.scalar<std::string>("SELECT clock_timestamp()::text");
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  StopSignal running;
  (void)prune(conn, RetentionPeriods{Millis{0}, Millis{10}}, /*force=*/true, clock_, running);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes"), 0);
  try {
    (void)schema.query("SELECT * FROM chat_groups_as_of('" + early + "')");
    FAIL() << "expected the horizon to be refused";
  } catch (const std::exception& e) {
    EXPECT_THAT(e.what(), HasSubstr("no history before"));
    EXPECT_THAT(e.what(), HasSubstr("retention.changes"));
  }
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups_as_of(clock_timestamp())"), 3)
      << "after the horizon it answers";
}

}  // namespace
}  // namespace cgs::testing
