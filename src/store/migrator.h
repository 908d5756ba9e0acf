#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include <pqxx/transaction_base>

#include "store/connection.h"

namespace cgs {

struct MigrationFile {
  int version = 0;
  std::string name;  // "0001_init.sql"
  std::string sql;
  std::string checksum;  // sha256 hex of the file's bytes
};

// The migrations cannot be applied: an edited file that was already applied, a database newer than
// this binary, a missing or malformed directory, or a statement that failed.
class MigrationError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database has a migration this binary does not know: a newer release migrated it. This
// binary must not write to it (it would not know what the newer schema expects).
class SchemaTooNew : public MigrationError {
 public:
  SchemaTooNew(int database_version, const std::string& database_migration, int known_version);
  [[nodiscard]] int databaseVersion() const { return database_version_; }
  [[nodiscard]] int knownVersion() const { return known_version_; }

 private:
  int database_version_;
  int known_version_;
};

// Reads NNNN_name.sql files from `dir`, sorted by version. Throws MigrationError.
[[nodiscard]] std::vector<MigrationFile> loadMigrations(const std::string& dir);

struct MigrationReport {
  std::vector<std::string> applied;  // names applied now
  int already_applied = 0;
};

// The highest version among `files` (0 for none): the schema this binary writes to.
[[nodiscard]] int latestVersion(const std::vector<MigrationFile>& files);

// What migrate() would apply now, applying nothing and creating nothing. Throws SchemaTooNew and
// MigrationError (an edited applied file) like migrate().
[[nodiscard]] std::vector<MigrationFile> pendingMigrations(Connection& connection,
                                                           const std::vector<MigrationFile>& files);

// Inside a transaction that writes the mirror: holds off migrators until it ends (the migration
// lock, shared; a migrator takes it exclusive) and throws SchemaTooNew when a
// newer release has migrated past `known_version` - so a replica of an older release stops
// writing before it writes to a schema it does not know.
void requireKnownSchema(pqxx::transaction_base& tx, const std::string& schema, int known_version);

// Brings the schema up to date: creates it and schema_migrations if needed, then applies each
// pending migration in its own transaction with search_path set to the schema, all under a
// PostgreSQL advisory lock so concurrent migrators serialize. Each file runs statement by
// statement in one transaction: a failure leaves the schema as it was and names the statement
// (its number, line and start). Refuses when an applied file's checksum changed (MigrationError)
// or the database has versions this binary does not know (SchemaTooNew).
// Throws DatabaseError when the database is unreachable.
[[nodiscard]] MigrationReport migrate(Connection& connection,
                                      const std::vector<MigrationFile>& files);

}  // namespace cgs
