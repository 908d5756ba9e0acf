// The raw digest against a real PostgreSQL: the daemon's digest of an item is the one the mirror's
// generated raw_digest column computes for it, hostile items included (so an unchanged item is
// never staged, and a changed one always is), and a listing that skips its unchanged items still
// finds every change: updates among skipped items, removals, restores, repeats, renamed accounts
// and rows edited behind the daemon's back.
#include <gtest/gtest.h>

#include "cams/jsonb_text.h"
#include "cams/response_document.h"
#include "common/crypto.h"
#include "store_fixture.h"

namespace cgs::testing {
namespace {

using nlohmann::json;

// An item as the API's bytes: parsed as the daemon parses a page.
ChatGroup parsed(const std::string& item) {
  const std::string body =
      R"({"RequestId":"R","Code":"OK","Data":{"Total":1,"List":[)" + item + "]}}";
  auto page = parseListChatGroupResponse(200, body);
  if (auto* e = std::get_if<ApiError>(&page)) ADD_FAILURE() << e->message << " for " << item;
  return std::get<ListChatGroupPage>(page).groups.at(0);
}

const std::vector<std::string> kHostileItems = {
    R"({"GroupId":"k","zeta":1,"a":2,"bb":3,"aa":4,"B":5,"é":6,"ab":7,"":8})",
    R"({"GroupId":"u","Subject":"\u00e9\ud83d\ude00\u2028 \u0001\u001f\u007f \"q\" \\ \/ \b\f\n\r\t"})",
    R"({"GroupId":"n","i":-9223372036854775808,"u":18446744073709551615,"big":123456789012345678901234567890})",
    R"({"GroupId":"f","one":1.0,"e":1e300,"small":1.5e-7,"neg0":-0.0,"tenth":0.1,"x":123.456e2,"E":2E-3})",
    R"({"GroupId":"f2","d":-1.25,"sub":5e-324,"max":1.7976931348623157e308,"r":0.30000000000000004})",
    R"({"GroupId":"s","nested":{"z":[1,{"y":null,"x":true}],"a":{}},"arr":[],"f":false})",
    R"({"GroupId":"w" ,  "Subject" : "spaced"  , "List":[ 1 , 2 ]})",
    R"({"GroupId":"nul","Subject":"a\u0000b","k\u0000ey":1})",
    R"({"GroupId":"dup-free","a":{"b":1,"a":{"c":[{"z":1,"y":2}]}},"long key first":0,"k":1})",
};

// `raw` is sent as the text jsonb prints (it was nlohmann's compact dump of the item before schema
// 11): PostgreSQL reads both into the same jsonb, so the mirror's contents are unchanged and a row
// written by an earlier release has the digest the daemon computes now.
TEST_F(Store, RawIsTheJsonbTextOfTheItemAndItsDigestTheMirrorsForHostileItems) {
  pqxx::work tx(conn.get());
  for (const auto& item : kHostileItems) {
    const ChatGroup g = parsed(item);
    json before = json::parse(item);
    sanitizeJson(before);
    const auto row = tx.exec_params1("SELECT $1::jsonb::text, " + schema.name() +
                                         ".cgs_raw_digest($1::jsonb), $1::jsonb = $2::jsonb, "
                                         "$2::jsonb::text, " +
                                         schema.name() + ".cgs_raw_digest($2::jsonb)",
                                     g.raw, before.dump());
    EXPECT_EQ(g.raw, row[0].as<std::string>()) << item;
    EXPECT_EQ(md5Prefix64(g.raw), row[1].as<std::int64_t>()) << item;
    EXPECT_TRUE(row[2].as<bool>()) << "the same jsonb as the compact dump: " << item;
    EXPECT_EQ(row[3].as<std::string>(), g.raw) << item;
    EXPECT_EQ(row[4].as<std::int64_t>(), md5Prefix64(g.raw))
        << "an earlier release's row: " << item;
  }
}

TEST_F(Store, NumbersPrintAsNumericPrintsThem) {
  pqxx::work tx(conn.get());
  for (const char* literal : {"0", "-0", "1.0", "-0.0", "1e+300", "1.5e-07", "123.456e2", "1E2",
                              "0.0001", "1.2345e-05", "-1.25", "100.0", "5e-324", "9.99e+15"}) {
    EXPECT_EQ(numericText(literal), tx.exec_params1("SELECT $1::numeric::text", literal)[0].c_str())
        << literal;
  }
}

TEST_F(Store, TheStoredDigestIsTheOneTheDaemonComputesForEveryListedItem) {
  std::vector<ChatGroup> listing;
  for (const auto& item : kHostileItems) listing.push_back(parsed(item));
  (void)apply(listing);
  for (const auto& g : listing) {
    EXPECT_EQ(schema.scalar<std::int64_t>("SELECT raw_digest FROM chat_groups WHERE group_id = '" +
                                          g.group_id + "'"),
              md5Prefix64(g.raw))
        << g.group_id;
  }
  const auto before = tupleVersions();
  const auto again = apply(listing);
  EXPECT_EQ(again.counts.unchanged, static_cast<std::int64_t>(listing.size()));
  EXPECT_EQ(tupleVersions(), before) << "a hostile listing read again writes nothing";
}

TEST_F(Store, SkippingUnchangedItemsMissesNoChange) {
  auto listing = groups(50);
  (void)apply(listing);
  (void)apply({listing[0], listing[1]}, {.allow_mass_removal = true});  // g1 and g2 stay listed
  // Now: g0 and g1 listed, g2..g49 removed. Restore 2..4, change 5, drop 6, list 0 twice.
  listing = groups(50);
  listing.erase(listing.begin() + 6);
  listing[5] = group("g5", "Renamed");
  listing.push_back(listing[0]);
  const auto r = apply(listing);
  EXPECT_EQ(r.counts.restored, 47) << "g2..g49 but g6";
  EXPECT_EQ(r.counts.updated, 0) << "g5 was removed, so it is restored with its new name";
  EXPECT_EQ(r.counts.groups_seen, 49);

  listing[6] = group("g7", "Changed");  // g6 was erased: g7 is at 6
  listing.erase(listing.begin() + 8);   // g9 (the list lost g6): removed
  const auto before = schema.scalar<int>("SELECT count(*) FROM chat_group_changes");
  const auto r2 = apply(listing);
  EXPECT_EQ(r2.counts.updated, 1);
  EXPECT_EQ(r2.counts.removed, 1);
  EXPECT_EQ(r2.counts.unchanged, 47);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes"), before + 2);
  EXPECT_EQ(schema.scalar<std::string>(
                "SELECT string_agg(group_id, ',' ORDER BY group_id) FROM chat_groups "
                "WHERE removed_at IS NOT NULL"),
            "g6,g9");
  EXPECT_EQ(schema.scalar<std::string>("SELECT subject FROM chat_groups WHERE group_id = 'g7'"),
            "Changed");
}

TEST_F(Store, AnIdTheMirrorStoresRepairedIsFoundUnderItsStoredForm) {
  auto listing = groups(3);
  ChatGroup bad = group("bad", "x");
  bad.group_id = std::string("id\xff", 3);  // stored as "id" U+FFFD
  listing.push_back(bad);
  (void)apply(listing);
  const auto r = apply(listing);
  EXPECT_EQ(r.counts.unchanged, 4);
  EXPECT_EQ(r.counts.removed + r.counts.restored + r.counts.updated, 0)
      << "not taken for an absent group and listed again";
}

TEST_F(Store, ARowEditedBehindTheDaemonsBackIsPutBack) {
  auto listing = groups(5);
  (void)apply(listing);
  (void)schema.query(
      "UPDATE chat_groups SET raw = raw || '{\"Subject\": \"edited\"}', subject = 'edited' "
      "WHERE group_id = 'g2'");
  const auto r = apply(listing);
  EXPECT_EQ(r.counts.updated, 1) << "its digest changed with raw: the item is compared in full";
  EXPECT_EQ(schema.scalar<std::string>("SELECT subject FROM chat_groups WHERE group_id = 'g2'"),
            "Subject 2");
}

TEST_F(Store, AnotherAccountsRowsAreComparedInFull) {
  auto listing = groups(4);
  (void)apply(listing, {}, Account{"old-name"});
  const auto r = apply(listing, {}, Account{"new-name"});
  EXPECT_EQ(r.counts.unchanged, 4);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups WHERE account_name = 'new-name'"),
            4)
      << "the rows move to the account that lists them";
}

// What this session copied into its staging table so far, from PostgreSQL's own statistics.
std::int64_t stagedRows(Connection& conn) {
  pqxx::nontransaction tx(conn.get());
  tx.exec("SELECT pg_stat_force_next_flush()");  // flushed when the session is next idle
  tx.exec("SELECT pg_stat_clear_snapshot()");
  return tx.exec1("SELECT pg_stat_get_tuples_inserted('pg_temp.cgs_stage'::regclass)")[0]
      .as<std::int64_t>();
}

TEST_F(Store, AnUnchangedListingStagesNothing) {
  auto listing = groups(200);
  (void)apply(listing);  // a first sync: copied straight into the mirror
  (void)apply(listing);
  EXPECT_EQ(stagedRows(conn), 0) << "the second listing is unchanged: no item went to PostgreSQL";
  listing[3] = group("g3", "x");
  listing[4] = group("g4", "y");
  listing.push_back(group("new", "z"));
  const auto r = apply(listing);
  EXPECT_EQ(r.counts.updated + r.counts.added, 3);
  EXPECT_EQ(stagedRows(conn), 3) << "only the changed and the new items are staged";
}

}  // namespace
}  // namespace cgs::testing
