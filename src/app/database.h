#pragma once

#include <string>

#include "config/config.h"
#include "logging/log.h"
#include "store/connection.h"
#include "store/run_store.h"

namespace cgs {

// The mirror's database as the commands use it: sessions on the configured URL and schema, and
// the start-up maintenance every writing command does first. Connections are made on demand; a
// Database may be shared by the commands of one process (not by threads).
class Database {
 public:
  Database(DatabaseConfig config, Log log);

  // A new session (connected on first use). Throws DatabaseError.
  [[nodiscard]] Connection connect() const;

  // Applies pending migrations, then marks runs left `running` by a dead process as aborted.
  // Throws DatabaseError (the server) or MigrationError (the migrations).
  void prepare() const;
  // Only the migrations (--migrate).
  void migrate() const;
  // Throws MigrationError when the schema holds no mirror yet (a dry run changes nothing, not
  // even the schema).
  void requireMirror() const;
  // Retention pruning, logged. Throws DatabaseError.
  void prune(const RetentionConfig& retention, bool force) const;

 private:
  DatabaseConfig config_;
  Log log_;
};

}  // namespace cgs
