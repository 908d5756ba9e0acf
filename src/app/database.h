#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "logging/log.h"
#include "runtime/stop_signal.h"
#include "store/connection.h"
#include "store/migrator.h"
#include "store/run_store.h"
#include "store/sql_access.h"

namespace cgs {

// The mirror's database as the commands use it: sessions on the configured URL and schema, and
// the start-up maintenance every writing command does first. Connections are made on demand; a
// Database may be shared by the commands of one process (not by threads).
class Database {
 public:
  Database(DatabaseConfig config, Log log);

  // A new session (connected on first use). Throws DatabaseError.
  [[nodiscard]] Connection connect() const;

  // The migrations this binary carries, read once. Throws MigrationError.
  [[nodiscard]] const std::vector<MigrationFile>& migrations() const;
  // The schema version this binary writes to (its latest migration).
  [[nodiscard]] int schemaVersion() const { return latestVersion(migrations()); }

  // Applies pending migrations and the tenants of `config.sql_access`, then marks runs left
  // `running` by a dead process as aborted. Throws DatabaseError (the server), MigrationError
  // (the migrations, or a role that may not apply them) or SqlAccessError (a missing role).
  void prepare(const Config& config) const;
  // The migrations and the tenants (--migrate).
  void migrate(const Config& config) const;
  // Only the tenants (at start, --migrate, and reload): see cgs::applySqlAccess. Throws like
  // prepare().
  void applySqlAccess(const Config& config) const;
  // What migrate() would apply, one line each, to `out` (--migrate --dry-run); applies nothing.
  void printPendingMigrations(std::ostream& out) const;
  // Throws MigrationError when the schema holds no mirror yet or one older than this binary's
  // migrations (a dry run changes nothing, not even the schema), SchemaTooNew for a newer one.
  void requireMirror() const;
  // Retention pruning in batches (see cgs::prune), logged. Throws DatabaseError.
  void prune(const RetentionConfig& retention, bool force, Clock& clock,
             const StopSignal& stop) const;

 private:
  DatabaseConfig config_;
  Log log_;
  mutable std::optional<std::vector<MigrationFile>> migrations_;
};

}  // namespace cgs
