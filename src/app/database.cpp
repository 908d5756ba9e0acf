#include "app/database.h"

#include "app/migrations_dir.h"
#include "store/migrator.h"

namespace cgs {

Database::Database(DatabaseConfig config, Log log)
    : config_(std::move(config)), log_(std::move(log)) {}

Connection Database::connect() const { return Connection(config_.url, config_.schema); }

void Database::migrate() const {
  const std::string dir = migrationsDirFor(config_);
  const auto files = loadMigrations(dir);
  Connection c = connect();
  const auto report = cgs::migrate(c, files);
  for (const auto& name : report.applied) log_.info("applied migration {}", name);
  log_.info("database schema {} is up to date ({} migrations, {} applied now, from {})",
            config_.schema, files.size(), report.applied.size(), dir);
}

void Database::prepare() const {
  migrate();
  Connection c = connect();
  if (const int n = abortOrphanedRuns(c); n > 0) {
    log_.warn("marked {} run(s) left running by a process that died as aborted", n);
  }
}

void Database::requireMirror() const {
  Connection c = connect();
  if (!mirrorExists(c)) {
    throw MigrationError("the database has no mirror yet: run --migrate (or a sync) first");
  }
}

void Database::prune(const RetentionConfig& retention, bool force) const {
  Connection c = connect();
  const auto p = cgs::prune(c, RetentionPeriods{retention.runs, retention.changes}, force);
  if (p.ran) {
    log_.info("retention: pruned {} run records and {} change rows", p.runs_deleted,
              p.changes_deleted);
  }
}

}  // namespace cgs
