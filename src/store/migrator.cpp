#include "store/migrator.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <pqxx/pqxx>
#include <regex>
#include <sstream>
#include <string_view>

#include <fmt/format.h>

#include "common/crypto.h"
#include "common/version.h"
#include "store/account_lock.h"
#include "store/database_error.h"
#include "store/sql_script.h"

namespace cgs {

namespace fs = std::filesystem;

std::vector<MigrationFile> loadMigrations(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw MigrationError(fmt::format("migrations directory {} does not exist", dir));
  }
  static const std::regex kName(R"(([0-9]{4})_[a-z0-9_]+\.sql)");
  std::vector<MigrationFile> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    std::smatch m;
    if (!entry.is_regular_file() || !std::regex_match(name, m, kName)) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) throw MigrationError(fmt::format("cannot read migration {}", entry.path().string()));
    MigrationFile f{std::stoi(m[1].str()), name, text.str(), ""};
    f.checksum = sha256Hex(f.sql);
    files.push_back(std::move(f));
  }
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.version < b.version; });
  for (std::size_t i = 1; i < files.size(); ++i) {
    if (files[i].version == files[i - 1].version) {
      throw MigrationError(fmt::format("migrations {} and {} share version {}", files[i - 1].name,
                                       files[i].name, files[i].version));
    }
  }
  if (files.empty()) throw MigrationError(fmt::format("no NNNN_name.sql migrations in {}", dir));
  return files;
}

namespace {

constexpr const char* kRecordSql =
    "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)";
// A migration holds off the writes before it touches a table: writers of this release take the
// migration lock shared (see requireKnownSchema), those of 0.4 and earlier SHARE on this table.
constexpr const char* kLockForMigration = "LOCK TABLE schema_migrations IN EXCLUSIVE MODE";
constexpr const char* kLatestApplied =
    "SELECT version, name FROM schema_migrations ORDER BY version DESC LIMIT 1";
constexpr const char* kTableExists =
    "SELECT to_regclass(quote_ident($1) || '.schema_migrations') IS NOT NULL";

using Applied = std::map<int, std::pair<std::string, std::string>>;  // version -> (name, checksum)

// A text of a migration that a release shipped before the file was edited. Migrations are
// forward-only and this list never grows to allow an edit: it holds the edits that happened
// before the rule was checked against every release (scripts/release-fixture.sh), each with what
// the edit changed, so a mirror that applied the released text upgrades.
struct ReleasedText {
  int version;
  std::string_view checksum;
};
constexpr ReleasedText kReleasedTexts[] = {
    // 0.2.0's 0002_schema2.sql: the same tables, columns and values. Edited in 0.3.0 to lock
    // current_chat_groups first (a lock, no object) and to add cgs_item_whole behind the two item
    // helpers, whose 0.2.0 bodies schema 6 restored (cgs_item_whole is unused since).
    {2, "abf5eb869ffefbb607d08c59847696a725ecfe3a02ca075a64613afed29a757c"},
};

bool isReleasedText(int version, const std::string& checksum) {
  return std::any_of(std::begin(kReleasedTexts), std::end(kReleasedTexts),
                     [&](const auto& t) { return t.version == version && t.checksum == checksum; });
}

// Holds the migration lock of one schema on one session for its lifetime.
class MigrationLock {
 public:
  MigrationLock(pqxx::connection& c, const std::string& schema) : c_(c), schema_(schema) {
    pqxx::nontransaction tx(c_);
    lockMigrations(tx, schema_);
  }
  ~MigrationLock() {
    if (!c_.is_open()) return;  // the session ended, and its lock with it
    try {
      pqxx::nontransaction tx(c_);
      unlockMigrations(tx, schema_);
    } catch (...) {
      // a broken session releases its locks when it closes
    }
  }
  MigrationLock(const MigrationLock&) = delete;
  MigrationLock& operator=(const MigrationLock&) = delete;

 private:
  pqxx::connection& c_;
  const std::string& schema_;
};

void createMigrationsTable(pqxx::connection& c, const std::string& schema) {
  pqxx::work tx(c);
  tx.exec("CREATE SCHEMA IF NOT EXISTS " + tx.quote_name(schema));
  tx.exec("CREATE TABLE IF NOT EXISTS " + tx.quote_name(schema) +
          ".schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
          "checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
  tx.commit();
}

Applied selectApplied(pqxx::connection& c, const std::string& schema) {
  Applied applied;
  pqxx::read_transaction tx(c);
  for (const auto& row : tx.exec("SELECT version, name, checksum FROM " + tx.quote_name(schema) +
                                 ".schema_migrations")) {
    applied[row[0].as<int>()] = {row[1].as<std::string>(), row[2].as<std::string>()};
  }
  return applied;
}

// Every applied migration must be one of `files`, unchanged. Throws MigrationError.
void checkApplied(const Applied& applied, const std::vector<MigrationFile>& files) {
  if (!applied.empty() && applied.rbegin()->first > latestVersion(files)) {
    const auto& [version, info] = *applied.rbegin();
    throw SchemaTooNew(version, info.first, latestVersion(files));
  }
  for (const auto& [version, info] : applied) {
    const auto f = std::find_if(files.begin(), files.end(),
                                [v = version](const auto& m) { return m.version == v; });
    if (f == files.end()) {
      throw MigrationError(fmt::format(
          "the database has migration {} ({}), which this release's migrations do not have",
          version, info.first));
    }
    if (f->checksum != info.second && !isReleasedText(version, info.second)) {
      throw MigrationError(fmt::format(
          "migration {} was changed after it was applied (checksum {} in the database, {} on "
          "disk); migrations are forward-only: restore the file and add a new migration",
          f->name, info.second.substr(0, 12), f->checksum.substr(0, 12)));
    }
  }
}

std::string firstLineOf(std::string_view text, std::size_t max) {
  std::string s(text.substr(0, text.find('\n')));
  if (s.size() > max) s = s.substr(0, max) + "...";
  return s;
}

// The one line a role that may not change the schema gets: what is pending and who can apply it.
MigrationError cannotApply(pqxx::connection& c, const std::string& schema,
                           const MigrationFile& first) {
  std::string role = "this role";
  try {
    pqxx::nontransaction tx(c);
    role = tx.exec1("SELECT current_user")[0].as<std::string>();
  } catch (const std::exception&) {
  }
  return MigrationError(fmt::format(
      "migration {} is pending and role {} may not change schema {}: run cams-groupsync "
      "--migrate as the schema's owner (the daemon's own role needs only the grants in "
      "contrib/sql/runtime-role.sql)",
      first.name, role, schema));
}

// One file, statement by statement, in one transaction: a failure rolls all of it back.
void applyOne(pqxx::connection& c, const std::string& schema, const MigrationFile& f) {
  pqxx::work tx(c);
  tx.exec("SET LOCAL search_path TO " + tx.quote_name(schema) + ", public");
  tx.exec(kLockForMigration);
  const auto statements = splitSqlScript(f.sql);
  for (std::size_t i = 0; i < statements.size(); ++i) {
    try {
      tx.exec(statements[i].text);
    } catch (const pqxx::failure& e) {  // sql_error, and libpqxx 6's deadlock_detected beside it
      std::string_view text = statements[i].text;
      text.remove_prefix(std::min(text.find_first_not_of(" \t\r\n"), text.size()));
      const std::string what = fmt::format(
          "migration {} failed at statement {} of {} (line {}: \"{}\"): {}; nothing of it was "
          "applied",
          f.name, i + 1, statements.size(), statements[i].line, firstLineOf(text, 60),
          firstLineOf(e.what(), 300));
      // A deadlock, a serialization failure or a shutdown passes: the caller may try again
      // (the daemon waits and retries). Anything else is the migration's own failure.
      const DatabaseError error = classifyDatabaseError(e);
      if (error.retryable()) throw error.withMessage(what);
      if (error.permissionDenied()) throw cannotApply(c, schema, f);
      throw MigrationError(what);
    }
  }
  tx.exec_params(kRecordSql, f.version, f.name, f.checksum);
  tx.commit();
}

bool migrationsTableExists(pqxx::connection& c, const std::string& schema) {
  pqxx::read_transaction tx(c);
  return tx.exec_params1(kTableExists, schema)[0].as<bool>();
}

}  // namespace

MigrationReport migrate(Connection& connection, const std::vector<MigrationFile>& files) {
  pqxx::connection& c = connection.get();
  const std::string& schema = connection.schema();
  MigrationReport report;
  // Nothing pending: no lock and no DDL (a role with only the run-time grants gets this far).
  const auto pending = pendingMigrations(connection, files);
  if (pending.empty()) {
    report.already_applied = static_cast<int>(files.size());
    return report;
  }
  withDatabaseErrors([&] {
    const MigrationLock lock(c, schema);
    try {
      createMigrationsTable(c, schema);
    } catch (const pqxx::insufficient_privilege&) {
      throw cannotApply(c, schema, pending.front());
    }
    const Applied applied = selectApplied(c, schema);
    checkApplied(applied, files);
    for (const auto& f : files) {
      if (applied.count(f.version)) {
        ++report.already_applied;
        continue;
      }
      applyOne(c, schema, f);
      report.applied.push_back(f.name);
    }
  });
  return report;
}

SchemaTooNew::SchemaTooNew(int database_version, const std::string& database_migration,
                           int known_version)
    : MigrationError(fmt::format(
          "the database schema is at version {} ({}), newer than this cams-groupsync {} knows "
          "(up to version {}): a newer release migrated it, and this one will not write to it; "
          "upgrade this binary",
          database_version, database_migration, kVersion, known_version)),
      database_version_(database_version),
      known_version_(known_version) {}

int latestVersion(const std::vector<MigrationFile>& files) {
  int v = 0;
  for (const auto& f : files) v = std::max(v, f.version);
  return v;
}

std::vector<MigrationFile> pendingMigrations(Connection& connection,
                                             const std::vector<MigrationFile>& files) {
  return withDatabaseErrors([&] {
    pqxx::connection& c = connection.get();
    if (!migrationsTableExists(c, connection.schema())) return files;
    const Applied applied = selectApplied(c, connection.schema());
    checkApplied(applied, files);
    std::vector<MigrationFile> out;
    for (const auto& f : files) {
      if (!applied.count(f.version)) out.push_back(f);
    }
    return out;
  });
}

void requireKnownSchema(pqxx::transaction_base& tx, const std::string& schema, int known_version) {
  lockMigrationsSharedUntilCommit(tx, schema);
  const auto latest = tx.exec(kLatestApplied);
  if (latest.empty()) return;
  const int version = latest[0][0].as<int>();
  if (version > known_version) {
    throw SchemaTooNew(version, latest[0][1].as<std::string>(), known_version);
  }
}

}  // namespace cgs
