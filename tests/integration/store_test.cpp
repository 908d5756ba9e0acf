// The PostgreSQL mirror against a real server (CGS_TEST_DATABASE_URL).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "store/account_lock.h"
#include "store/database_error.h"
#include "store/first_sync_copy.h"
#include "store/listing_apply.h"
#include "store/retention.h"
#include "store/run_store.h"
#include "store_fixture.h"
#include "sync/run_outcome.h"

namespace cgs::testing {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

TEST(Migrations, FreshMigrateThenNoOp) {
  TestSchema schema(/*migrated=*/false);
  Connection c = schema.connect();
  const auto files = loadMigrations(migrationsDir());
  const auto first = migrate(c, files);
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.name);
  EXPECT_EQ(first.applied, names);
  EXPECT_THAT(names,
              ::testing::IsSupersetOf({"0001_init.sql", "0002_schema2.sql", "0005_shared_quota.sql",
                                       "0006_any_search_path.sql", "0007_sql_access.sql"}));
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups"), 0);
  EXPECT_EQ(schema.scalar<std::string>("SELECT checksum FROM schema_migrations WHERE version = 1"),
            files[0].checksum);
  const auto second = migrate(c, files);
  EXPECT_TRUE(second.applied.empty());
  EXPECT_EQ(second.already_applied, static_cast<int>(files.size()));
}

TEST(Migrations, EditedAppliedMigrationIsRefused) {
  TestSchema schema(false);
  const fs::path dir = fs::temp_directory_path() / ("cgs-mig-" + randomHex(4));
  fs::create_directories(dir);
  fs::copy(migrationsDir(), dir, fs::copy_options::recursive);
  Connection c = schema.connect();
  (void)migrate(c, loadMigrations(dir.string()));
  std::ofstream(dir / "0001_init.sql", std::ios::app) << "\n-- an edit\n";
  try {
    (void)migrate(c, loadMigrations(dir.string()));
    FAIL() << "expected MigrationError";
  } catch (const MigrationError& e) {
    EXPECT_THAT(e.what(), HasSubstr("0001_init.sql was changed after it was applied"));
  }
  fs::remove_all(dir);
}

TEST(Migrations, ConcurrentMigratorsSerialize) {
  TestSchema schema(false);
  const auto files = loadMigrations(migrationsDir());
  std::vector<std::thread> threads;
  std::atomic<int> applied{0}, failures{0};
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      try {
        Connection c = schema.connect();
        applied += static_cast<int>(migrate(c, files).applied.size());
      } catch (const std::exception& e) {
        ++failures;
        ADD_FAILURE() << e.what();
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(applied.load(), static_cast<int>(files.size())) << "each file applied exactly once";
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM schema_migrations"),
            static_cast<int>(files.size()));
}

TEST(Migrations, AFailingMigrationNamesItsStatementAndLeavesTheSchemaAsItWas) {
  TestSchema schema(false);
  const fs::path dir = fs::temp_directory_path() / ("cgs-mig-" + randomHex(4));
  fs::create_directories(dir);
  fs::copy(migrationsDir(), dir, fs::copy_options::recursive);
  std::ofstream(dir / "0090_broken.sql")
      << "CREATE TABLE half_done (x int);\n\n-- the second one fails\n"
         "INSERT INTO half_done VALUES ('not a number');\nCREATE TABLE never (y int);\n";
  Connection c = schema.connect();
  try {
    (void)migrate(c, loadMigrations(dir.string()));
    FAIL() << "expected MigrationError";
  } catch (const MigrationError& e) {
    EXPECT_THAT(e.what(), HasSubstr("0090_broken.sql failed at statement 2 of 3 (line 3"));
    EXPECT_THAT(e.what(), HasSubstr("invalid input syntax for type integer"));
    EXPECT_THAT(e.what(), HasSubstr("nothing of it was applied"));
  }
  EXPECT_EQ(schema.scalar<bool>("SELECT to_regclass('half_done') IS NULL"), true)
      << "the failed file's first statement was rolled back with it";
  EXPECT_EQ(schema.scalar<int>("SELECT max(version) FROM schema_migrations"), schemaVersion())
      << "the migrations before it stay applied";
  fs::remove_all(dir);
}

// A reader that takes the mirror's locks in another order than a migration (a BI tool polling a
// view during an upgrade) can deadlock with it. When PostgreSQL rolls the migration back, that is
// a failure that passes (Database.40P01: the daemon waits and applies it again), not one to exit
// on. libpqxx 6 throws it beside sql_error, without a SQLSTATE.
TEST(Migrations, ADeadlockWithAReaderIsAFailureThatPasses) {
  TestSchema schema(/*migrated=*/true);
  const fs::path dir = fs::temp_directory_path() / ("cgs-mig-" + randomHex(4));
  fs::create_directories(dir);
  fs::copy(migrationsDir(), dir, fs::copy_options::recursive);
  std::ofstream(dir / "0090_relock.sql")
      << "LOCK TABLE chat_groups IN ACCESS EXCLUSIVE MODE;\nSELECT pg_sleep(0.3);\n"
         "LOCK TABLE sync_runs IN ACCESS EXCLUSIVE MODE;\n";
  Connection reader = schema.connect();
  pqxx::work read(reader.get());
  read.exec("SET LOCAL deadlock_timeout = '10s'");  // the migration's session finds the cycle
  read.exec("SELECT count(*) FROM sync_runs");
  std::thread second_read([&] {
    // Once the migration holds chat_groups, reading it waits for the migration, which waits for
    // sync_runs: a cycle.
    const std::string held = "SELECT count(*) FROM pg_locks l WHERE l.relation = to_regclass('\"" +
                             schema.name() +
                             "\".chat_groups') AND l.mode = 'AccessExclusiveLock' AND l.granted";
    while (schema.scalar<int>(held) == 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    read.exec("SELECT count(*) FROM chat_groups");
  });
  Connection c = schema.connect();
  try {
    (void)migrate(c, loadMigrations(dir.string()));
    ADD_FAILURE() << "expected the deadlock";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.code(), "Database.40P01");
    EXPECT_TRUE(e.retryable());
    EXPECT_THAT(e.what(), HasSubstr("0090_relock.sql failed at statement 3 of 3"));
  }
  second_read.join();
  read.commit();
  EXPECT_EQ(migrate(c, loadMigrations(dir.string())).applied,
            std::vector<std::string>{"0090_relock.sql"})
      << "tried again, it applies";
  fs::remove_all(dir);
}

TEST(Migrations, PendingListsWithoutApplyingOrCreating) {
  TestSchema schema(false);
  Connection c = schema.connect();
  const auto files = loadMigrations(migrationsDir());
  EXPECT_EQ(pendingMigrations(c, files).size(), files.size());
  EXPECT_EQ(schema.scalar<bool>("SELECT to_regnamespace('" + schema.name() + "') IS NULL"), true)
      << "not even the schema is created";
  (void)migrate(c, files);
  EXPECT_TRUE(pendingMigrations(c, files).empty());
}

TEST(Migrations, NewerDatabaseIsSchemaTooNewNamingBothVersions) {
  TestSchema schema;
  auto files = loadMigrations(migrationsDir());
  files.pop_back();  // this "release" knows one migration less than the database has
  Connection c = schema.connect();
  try {
    (void)migrate(c, files);
    FAIL() << "expected SchemaTooNew";
  } catch (const SchemaTooNew& e) {
    EXPECT_EQ(e.databaseVersion(), schemaVersion());
    EXPECT_EQ(e.knownVersion(), schemaVersion() - 1);
    EXPECT_THAT(e.what(), HasSubstr("upgrade this binary"));
  }
}

TEST(Migrations, MissingDirectoryIsAClearError) {
  EXPECT_THROW((void)loadMigrations("/nonexistent/migrations"), MigrationError);
}

TEST_F(Store, InitialLoad) {
  std::string run_id;
  const auto r = apply(groups(250), {}, {}, &run_id);
  EXPECT_FALSE(r.held);
  EXPECT_EQ(r.counts.groups_seen, 250);
  EXPECT_EQ(r.counts.added, 250);
  EXPECT_EQ(r.counts.unchanged, 0);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM current_chat_groups"), 250);
  EXPECT_EQ(
      schema.scalar<int>("SELECT count(*) FROM chat_group_changes WHERE change_type = 'added'"),
      250);
  EXPECT_EQ(schema.scalar<std::string>("SELECT subject FROM chat_groups WHERE group_id = 'g7'"),
            "Subject 7");
  EXPECT_EQ(schema.scalar<std::string>(
                "SELECT raw->>'InviteLink' FROM chat_groups WHERE group_id = 'g7'"),
            "https://chat.whatsapp.com/g7");
  const auto run = schema.query(
      "SELECT status, added, groups_seen, request_ids::text, finished_at IS NOT NULL "
      "FROM sync_runs WHERE run_id = '" +
      run_id + "'");
  ASSERT_EQ(run.size(), 1u);
  EXPECT_EQ(run[0][0].as<std::string>(), "succeeded");
  EXPECT_EQ(run[0][1].as<int>(), 250);
  EXPECT_EQ(run[0][3].as<std::string>(), "{REQ-1,REQ-2}");
  EXPECT_TRUE(run[0][4].as<bool>());
}

TEST_F(Store, NoOpResyncWritesZeroTuples) {
  (void)apply(groups(300));
  const auto before = tupleVersions();
  const auto changes_before = schema.scalar<int>("SELECT count(*) FROM chat_group_changes");
  const auto r = apply(groups(300));
  EXPECT_EQ(r.counts.unchanged, 300);
  EXPECT_EQ(r.counts.changes(), 0);
  EXPECT_EQ(tupleVersions(), before) << "no chat_groups row got a new version";
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes"), changes_before);
}

TEST_F(Store, UpdateRemoveRestoreHistory) {
  auto listing = groups(10);
  (void)apply(listing);
  listing[3] = group("g3", "Renamed \xF0\x9F\x9A\x80", "SUSPENDED");
  listing.erase(listing.begin() + 5);  // g5 disappears
  std::string run2;
  auto r = apply(listing, {}, {}, &run2);
  EXPECT_EQ(r.counts.updated, 1);
  EXPECT_EQ(r.counts.removed, 1);
  EXPECT_EQ(r.counts.unchanged, 8);
  const auto diff = nlohmann::json::parse(schema.scalar<std::string>(
      "SELECT changed_fields::text FROM chat_group_changes WHERE change_type = 'updated'"));
  EXPECT_EQ(diff, nlohmann::json::parse(R"({"Subject":{"old":"Subject 3","new":"Renamed 🚀"},
                                            "GroupStatus":{"old":"ACTIVE","new":"SUSPENDED"}})"));
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM current_chat_groups"), 9);
  EXPECT_FALSE(
      schema.query("SELECT 1 FROM chat_groups WHERE group_id = 'g5' AND removed_at IS NOT NULL")
          .empty());

  listing.push_back(group("g5", "Subject 5"));
  r = apply(listing);
  EXPECT_EQ(r.counts.restored, 1);
  EXPECT_EQ(r.counts.changes(), 1);
  const auto history = schema.query(
      "SELECT change_type FROM chat_group_changes WHERE group_id = 'g5' ORDER BY change_id");
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[0][0].as<std::string>(), "added");
  EXPECT_EQ(history[1][0].as<std::string>(), "removed");
  EXPECT_EQ(history[2][0].as<std::string>(), "restored");
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes"), 10 + 2 + 1);
}

TEST_F(Store, UnmodelledFieldChangeIsAnUpdate) {
  (void)apply({group("x", "s", "ACTIVE", {{"TotalParticipantCount", 3}})});
  const auto r = apply({group("x", "s", "ACTIVE", {{"TotalParticipantCount", 4}})});
  EXPECT_EQ(r.counts.updated, 1);
  EXPECT_EQ(
      nlohmann::json::parse(schema.scalar<std::string>(
          "SELECT changed_fields::text FROM chat_group_changes WHERE change_type = 'updated'")),
      nlohmann::json::parse(R"({"TotalParticipantCount":{"old":3,"new":4}})"));
}

TEST_F(Store, IncompleteListingRemovesNothing) {
  (void)apply(groups(20));
  auto partial = groups(5);
  partial.push_back(partial[0]);  // an incomplete listing may repeat an id
  partial.push_back(group("new", "New one"));
  std::string run_id;
  ApplyPolicy p;
  p.complete = false;
  const auto r = apply(partial, p, {}, &run_id);
  EXPECT_EQ(r.counts.removed, 0);
  EXPECT_EQ(r.counts.added, 1);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM current_chat_groups"), 21);
  EXPECT_EQ(
      schema.scalar<std::string>("SELECT status FROM sync_runs WHERE run_id = '" + run_id + "'"),
      "incomplete");
}

TEST_F(Store, MassRemovalIsHeld) {
  (void)apply(groups(10));
  std::string run_id;
  auto r = apply(groups(4), {}, {}, &run_id);  // would remove 6 of 10 > 50%
  EXPECT_TRUE(r.held);
  EXPECT_EQ(r.would_remove, 6);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM current_chat_groups"), 10);
  EXPECT_EQ(
      schema.scalar<std::string>(
          "SELECT status || ' ' || error_code FROM sync_runs WHERE run_id = '" + run_id + "'"),
      "held MassRemovalHeld");
  r = apply({}, {}, {});  // an empty listing would remove everything
  EXPECT_TRUE(r.held);
  ApplyPolicy allow;
  allow.allow_mass_removal = true;
  r = apply(groups(4), allow);
  EXPECT_FALSE(r.held);
  EXPECT_EQ(r.counts.removed, 6);
  r = apply(groups(3));  // 1 of 4: below the share
  EXPECT_FALSE(r.held);
  EXPECT_EQ(r.counts.removed, 1);
}

TEST_F(Store, TwoAccountsDoNotInterfere) {
  const Account a{"acct-a", "cams-a", "861"};
  const Account b{"acct-b", "cams-b", "862"};
  const Account a2{"acct-a-suspended", "cams-a", "861"};  // same space, another filter
  (void)apply(groups(10, "a"), {}, a);
  (void)apply(groups(10, "b"), {}, b);
  (void)apply({group("s1", "Suspended", "SUSPENDED")}, {}, a2);
  const auto r = apply(groups(9, "a"), {}, a);
  EXPECT_EQ(r.counts.removed, 1) << "only a9";
  EXPECT_EQ(
      schema.scalar<int>("SELECT count(*) FROM current_chat_groups WHERE cust_space_id = 'cams-b'"),
      10);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM current_chat_groups WHERE group_id = 's1'"),
            1);
}

TEST_F(Store, NotifyIsReceived) {
  pqxx::connection listener(testDatabaseUrl());
  // Tests in other schemas notify on the same channel at the same time: keep this schema's only.
  struct Receiver final : pqxx::notification_receiver {
    Receiver(pqxx::connection& c, std::string schema)
        : pqxx::notification_receiver(c, "cams_group_changes"), schema_(std::move(schema)) {}
    void operator()(const std::string& payload, int) override {
      if (nlohmann::json::parse(payload).value("schema", "") == schema_)
        payloads.push_back(payload);
    }
    std::vector<std::string> payloads;
    std::string schema_;
  } receiver(listener, schema.name());
  std::string run_id;
  (void)apply(groups(3), {}, {}, &run_id);
  for (int i = 0; i < 50 && receiver.payloads.empty(); ++i) listener.await_notification(0, 100'000);
  ASSERT_EQ(receiver.payloads.size(), 1u);
  const auto j = nlohmann::json::parse(receiver.payloads[0]);
  EXPECT_EQ(j["account"], "acme");
  EXPECT_EQ(j["run_id"], run_id);
  EXPECT_EQ(j["added"], 3);
  (void)apply(groups(3));  // unchanged: no notification
  listener.await_notification(0, 300'000);
  EXPECT_EQ(receiver.payloads.size(), 1u);
}

TEST_F(Store, NulAndInvalidUtf8AreStoredDeterministically) {
  ChatGroup g = group("bad", "x");
  g.subject = std::string("a\0b\xff\xfe c", 7);
  g.description = std::string("\xC3\x28", 2);  // invalid 2-byte sequence
  g.group_id = std::string("id\xff", 3);
  (void)apply({g});
  EXPECT_EQ(schema.scalar<std::string>("SELECT subject FROM chat_groups"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD\xEF\xBF\xBD c");
  EXPECT_EQ(schema.scalar<std::string>("SELECT description FROM chat_groups"), "\xEF\xBF\xBD(");
  const auto r = apply({g});
  EXPECT_EQ(r.counts.unchanged, 1) << "the same bad input maps to the same stored value";
}

TEST_F(Store, HugeSubjectIsStored) {
  const std::string big(1 << 20, 'z');
  (void)apply({group("big", big)});
  EXPECT_EQ(schema.scalar<int>("SELECT length(subject) FROM chat_groups"), 1 << 20);
}

TEST_F(Store, DryRunComputesAndWritesNothing) {
  (void)apply(groups(5));
  auto listing = groups(5);
  listing[0] = group("g0", "Changed");
  listing.push_back(group("extra", "Extra"));
  const auto before = tupleVersions();
  ApplyPolicy dry;
  dry.dry_run = true;
  const auto r = apply(listing, dry);
  EXPECT_EQ(r.counts.added, 1);
  EXPECT_EQ(r.counts.updated, 1);
  ASSERT_EQ(r.changes.size(), 2u);
  EXPECT_EQ(r.changes[0].change_type, "updated");
  EXPECT_THAT(r.changes[0].changed_fields, HasSubstr("Changed"));
  EXPECT_EQ(tupleVersions(), before);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes"), 5);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM sync_runs"), 1);
}

TEST_F(Store, RestartDiscardsStagedGroups) {
  const std::string run_id = newUuid();
  startRun(conn, {run_id, "acme", "cams-a", "861", "once", "h", 1});
  auto a = ListingApply::open(conn, {run_id, "acme", "cams-a", "861", schemaVersion(), {}}, false);
  for (const auto& g : groups(5, "old")) a->add(g, false);
  a->restart();
  for (const auto& g : groups(3, "new")) a->add(g, false);
  EXPECT_EQ(a->seal(true), 3);
  EXPECT_EQ(a->merge(true).added, 3);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups WHERE group_id LIKE 'old%'"), 0);
}

// An account's first sync adds its groups batch by batch while the listing pages: the rows are
// in the run's transaction before seal(), and the run reads exactly as one merged at the end.
TEST_F(Store, FirstSyncAddsEarlyInBatchesWithOneTimestamp) {
  const std::string run_id = newUuid();
  startRun(conn, {run_id, "acme", "cams-a", "861", "once", "h", 1});
  auto a = ListingApply::open(conn, {run_id, "acme", "cams-a", "861", schemaVersion(), {}}, true);
  const auto listing = groups(2 * static_cast<int>(kEarlyAddRows) + 7);
  for (std::size_t i = 0; i < listing.size(); ++i) {
    a->add(listing[i], false);
    if (i + 1 == static_cast<std::size_t>(kEarlyAddRows)) {  // seen from another session
      EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM pg_locks l JOIN pg_class c ON "
                                   "c.oid = l.relation WHERE c.relname = 'chat_groups' AND "
                                   "l.mode = 'RowExclusiveLock' AND l.pid = " +
                                   std::to_string(conn.get().backendpid())),
                1)
          << "the first batch is inserted before the listing ends";
    }
  }
  const std::int64_t n = static_cast<std::int64_t>(listing.size());
  EXPECT_EQ(a->seal(true), n);
  EXPECT_EQ(a->checkRemovals().present_before, 0);
  const ChangeCounts counts = a->merge(true);
  EXPECT_EQ(counts.added, n);
  EXPECT_EQ(counts.groups_seen, n);
  EXPECT_EQ(counts.unchanged, 0);
  RunEnd end{RunStatus::kSucceeded, 1, counts, {"R1"}, "", ""};
  a->commit(end);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups"), n);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes WHERE run_id = '" + run_id +
                               "' AND change_type = 'added'"),
            n);
  EXPECT_EQ(schema.scalar<int>("SELECT count(DISTINCT changed_at) FROM chat_group_changes"), 1);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups g JOIN chat_group_changes c "
                               "USING (group_id) WHERE g.first_seen_at = c.changed_at AND "
                               "g.last_changed_at = c.changed_at"),
            n);
  EXPECT_EQ(schema.scalar<std::string>("SELECT subject FROM chat_groups WHERE group_id = 'g4001'"),
            "Subject 4001");
  EXPECT_EQ(schema.scalar<int>("SELECT added FROM sync_runs"), n);
}

TEST_F(Store, RestartUndoesEarlyAdds) {
  const std::string run_id = newUuid();
  startRun(conn, {run_id, "acme", "cams-a", "861", "once", "h", 1});
  auto a = ListingApply::open(conn, {run_id, "acme", "cams-a", "861", schemaVersion(), {}}, true);
  for (const auto& g : groups(static_cast<int>(kEarlyAddRows) + 10, "old")) a->add(g, false);
  a->restart();
  for (const auto& g : groups(3, "new")) a->add(g, false);
  EXPECT_EQ(a->seal(true), 3);
  EXPECT_EQ(a->merge(true).added, 3);
  a->commit({RunStatus::kSucceeded, 1, {}, {"R1"}, "", ""});
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups WHERE group_id LIKE 'old%'"), 0);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes"), 3)
      << "no history of the abandoned pass";
}

TEST_F(Store, RepeatedIdInAnIncompleteFirstSyncKeepsItsFirstCopy) {
  auto listing = groups(static_cast<int>(kEarlyAddRows) + 100);
  listing.push_back(group("g5", "Later copy"));     // repeats an id of the first (added) batch
  listing.push_back(group("g2050", "Later copy"));  // and one of the batch still staged
  ApplyPolicy p;
  p.complete = false;
  const auto r = apply(listing, p);
  const std::int64_t distinct = kEarlyAddRows + 100;
  EXPECT_EQ(r.counts.added, distinct);
  EXPECT_EQ(r.counts.groups_seen, distinct);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes"), distinct);
  EXPECT_EQ(schema.scalar<std::string>("SELECT subject FROM chat_groups WHERE group_id = 'g5'"),
            "Subject 5");
  EXPECT_EQ(schema.scalar<std::string>("SELECT subject FROM chat_groups WHERE group_id = 'g2050'"),
            "Subject 2050");
}

// A GroupId that only shares its hash with an earlier one is flagged too: the stage adds it, with
// its history, exactly once, in the batch it came in.
TEST_F(Store, AFlaggedGroupTheMirrorLacksIsStillAddedOnFirstSync) {
  const std::string run_id = newUuid();
  startRun(conn, {run_id, "acme", "cams-a", "861", "once", "h", 1});
  auto a = ListingApply::open(conn, {run_id, "acme", "cams-a", "861", schemaVersion(), {}}, true);
  const auto listing = groups(static_cast<int>(kEarlyAddRows) + 5);
  for (std::size_t i = 0; i < listing.size(); ++i) a->add(listing[i], i == 7 || i == 2003);
  a->add(group("g7", "Later copy"), true);
  const std::int64_t n = static_cast<std::int64_t>(listing.size());
  EXPECT_EQ(a->seal(false), n);
  a->commit({RunStatus::kIncomplete, 1, a->merge(false), {"R1"}, "", ""});
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups"), n);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes WHERE change_type = "
                               "'added' AND run_id = '" +
                               run_id + "'"),
            n);
  EXPECT_EQ(schema.scalar<std::string>("SELECT subject FROM chat_groups WHERE group_id = 'g7'"),
            "Subject 7");
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups WHERE group_id IN ('g7', 'g2003') "
                               "AND first_seen_at = last_changed_at AND account_name = 'acme'"),
            2);
  EXPECT_EQ(schema.scalar<int>("SELECT added FROM sync_runs"), n);
}

// The last batch of a first sync can be empty: an account of exactly one batch, or of none.
TEST_F(Store, FirstSyncOfExactlyOneBatchOrOfNothing) {
  const int n = static_cast<int>(kEarlyAddRows);
  EXPECT_EQ(apply(groups(n)).counts.added, n);
  EXPECT_EQ(apply({}, {}, Account{"other", "cams-b", "862"}).counts.added, 0);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes"), n);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM sync_runs WHERE status = 'succeeded'"), 2);
}

TEST_F(Store, LaterSyncsOfALargeAccountMergeAtTheEnd) {
  const int n = static_cast<int>(kEarlyAddRows) + 500;
  (void)apply(groups(n));
  const auto before = tupleVersions();
  EXPECT_EQ(apply(groups(n)).counts.unchanged, n);
  EXPECT_EQ(tupleVersions(), before) << "a no-op resync still writes nothing";
  auto listing = groups(n);
  listing[3] = group("g3", "Changed");
  listing.pop_back();
  listing.push_back(group("fresh", "Fresh"));
  const auto r = apply(listing);
  EXPECT_EQ(r.counts.updated, 1);
  EXPECT_EQ(r.counts.removed, 1);
  EXPECT_EQ(r.counts.added, 1);
  EXPECT_EQ(r.counts.unchanged, n - 2);
}

TEST_F(Store, EarlyAddsReachTheWebhookOutbox) {
  const std::string run_id = newUuid();
  startRun(conn, {run_id, "acme", "cams-a", "861", "once", "h", 1});
  const int n = static_cast<int>(kEarlyAddRows) + 1;
  auto a = ListingApply::open(
      conn, {run_id, "acme", "cams-a", "861", schemaVersion(), {{"hook", {"added"}, {}}}}, true);
  for (const auto& g : groups(n)) a->add(g, false);
  (void)a->seal(true);
  a->commit({RunStatus::kSucceeded, 1, a->merge(true), {"R1"}, "", ""});
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM webhook_outbox WHERE webhook = 'hook'"), n);
}

TEST_F(Store, AbandonedApplyRollsBack) {
  const std::string run_id = newUuid();
  startRun(conn, {run_id, "acme", "cams-a", "861", "once", "h", 1});
  {
    auto a =
        ListingApply::open(conn, {run_id, "acme", "cams-a", "861", schemaVersion(), {}}, false);
    for (const auto& g : groups(5)) a->add(g, false);
  }  // destroyed unfinished (the run failed)
  finishRunAlone(conn, run_id, {RunStatus::kFailed, 1, {}, {"R1"}, "Forbidden.RAM", "denied"});
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups"), 0);
  EXPECT_EQ(schema.scalar<std::string>("SELECT status || ' ' || error_code FROM sync_runs"),
            "failed Forbidden.RAM");
  (void)apply(groups(2));  // the connection is usable afterwards
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups"), 2);
}

TEST_F(Store, RunRecordsAndOrphans) {
  const std::string r1 = newUuid(), r2 = newUuid();
  startRun(conn, {r1, "acme", "cams-a", "861", "schedule", "h", 1});
  startRun(conn,
           {r2, "acme", "cams-a", "861", "schedule", "h", 1});  // we hold the lock: r1 is an orphan
  EXPECT_EQ(schema.scalar<std::string>("SELECT status FROM sync_runs WHERE run_id = '" + r1 + "'"),
            "aborted");
  const std::string r3 = newUuid();
  startRun(conn, {r3, "other", "cams-b", "862", "schedule", "h", 1});
  AccountLock held(testDatabaseUrl(), schema.name());
  ASSERT_TRUE(held.tryLock("other"));  // a live replica is running "other"
  EXPECT_EQ(abortOrphanedRuns(conn), 1) << "acme's run is orphaned, other's is live";
  EXPECT_EQ(schema.scalar<std::string>("SELECT status FROM sync_runs WHERE run_id = '" + r3 + "'"),
            "running");
  held.unlock("other");
  EXPECT_EQ(abortOrphanedRuns(conn), 1);
  const auto latest = latestRuns(conn);
  ASSERT_EQ(latest.size(), 2u);
  EXPECT_EQ(latest[0].account_name, "acme");
  EXPECT_EQ(latest[0].status, RunStatus::kAborted);
}

TEST_F(Store, AccountLocksExcludeEachOther) {
  AccountLock a(testDatabaseUrl(), schema.name()), b(testDatabaseUrl(), schema.name());
  EXPECT_TRUE(a.tryLock("acme"));
  EXPECT_FALSE(b.tryLock("acme"));
  EXPECT_TRUE(b.tryLock("other"));
  a.unlock("acme");
  EXPECT_TRUE(b.tryLock("acme"));
}

TEST_F(Store, PruneKeepsTheMirror) {
  (void)apply(groups(3));
  schema.query("UPDATE sync_runs SET started_at = now() - interval '100 days'");
  schema.query("UPDATE chat_group_changes SET changed_at = now() - interval '100 days'");
  RetentionPeriods keep_changes{std::chrono::hours(24 * 90), Millis{0}};  // changes forever
  StopSignal running;
  auto report = prune(conn, keep_changes, false, clock_, running);
  EXPECT_TRUE(report.ran);
  EXPECT_EQ(report.runs_deleted, 1);
  EXPECT_EQ(report.changes_deleted, 0);
  EXPECT_FALSE(prune(conn, keep_changes, false, clock_, running).ran) << "at most once a day";
  RetentionPeriods all{std::chrono::hours(24), std::chrono::hours(24)};
  report = prune(conn, all, true, clock_, running);
  EXPECT_EQ(report.changes_deleted, 3);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_groups"), 3);
}

TEST_F(Store, PruneDeletesInShortBatchesOldestFirstAndStopsBetweenThem) {
  // 30,000 old history rows and 10 recent ones.
  schema.query(
      "INSERT INTO chat_group_changes (run_id, cust_space_id, business_number, group_id, "
      "change_type, changed_at) SELECT gen_random_uuid(), 'cams-a', '86', 'g' || i, 'added', "
      "now() - interval '100 days' + i * interval '1 second' FROM generate_series(1, 30000) i");
  schema.query(
      "INSERT INTO chat_group_changes (run_id, cust_space_id, business_number, group_id, "
      "change_type, changed_at) SELECT gen_random_uuid(), 'cams-a', '86', 'r' || i, 'added', "
      "now() FROM generate_series(1, 10) i");
  const RetentionPeriods changes{Millis{0}, std::chrono::hours(24 * 30)};

  StopSignal stopped;
  stopped.requestStop();
  auto report = prune(conn, changes, true, clock_, stopped);
  EXPECT_TRUE(report.ran);
  EXPECT_EQ(report.batches, 0) << "a stopping daemon deletes nothing more";
  EXPECT_GT(schema.scalar<std::string>("SELECT changes_pruned_before::text FROM maintenance"), "")
      << "the horizon moved before any row went";

  StopSignal running;
  const auto started = std::chrono::steady_clock::now();
  report = prune(conn, changes, true, clock_, running);
  const auto elapsed = std::chrono::steady_clock::now() - started;
  EXPECT_EQ(report.changes_deleted, 30'000);
  // Every full batch is followed by a rest as long as itself (the last, short one is not).
  EXPECT_GE(elapsed, 2 * report.busy - report.longest_batch)
      << "pruning leaves the syncs beside it half of its time";
  EXPECT_GE(report.batches, 4) << "batches grow from 1,000 rows, never one big delete";
  EXPECT_LT(report.longest_batch, std::chrono::milliseconds(1000));
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM chat_group_changes"), 10);
}

TEST(StoreErrors, UnreachableDatabaseIsRetryable) {
  Connection c("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2", "cams");
  try {
    (void)c.get();
    FAIL();
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.code(), "Database.08001") << "sqlclient_unable_to_establish_sqlconnection";
    EXPECT_TRUE(e.retryable());
  }
}

}  // namespace
}  // namespace cgs::testing
