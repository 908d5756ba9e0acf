#include "app/database.h"

#include "store/outbox_store.h"

#include <ostream>

#include <fmt/format.h>

#include "app/migrations_dir.h"
#include "store/database_error.h"
#include "store/migrator.h"
#include "store/participant_store.h"
#include "store/retention.h"
#include "store/sql_script.h"

namespace cgs {

Database::Database(DatabaseConfig config, Log log)
    : config_(std::move(config)), log_(std::move(log)) {}

Connection Database::connect() const { return Connection(config_.url, config_.schema); }

const std::vector<MigrationFile>& Database::migrations() const {
  if (!migrations_) migrations_ = loadMigrations(migrationsDirFor(config_));
  return *migrations_;
}

void Database::migrate(const Config& config) const {
  const auto& files = migrations();
  Connection c = connect();
  const auto report = cgs::migrate(c, files);
  for (const auto& name : report.applied) log_.info("applied migration {}", name);
  log_.info(
      "database schema {} is up to date at version {} ({} migrations, {} applied now, from {})",
      config_.schema, latestVersion(files), files.size(), report.applied.size(),
      migrationsDirFor(config_));
  applySqlAccess(config);
}

void Database::applySqlAccess(const Config& config) const {
  std::vector<TenantGrant> tenants;
  for (const auto& t : config.sql_access) {
    TenantGrant g{t.role, t.all_accounts, {}};
    for (const auto& name : t.accounts) {
      if (const AccountConfig* a = config.findAccount(name)) {
        g.accounts.push_back({a->name, a->cust_space_id, a->business_number});
      }
    }
    tenants.push_back(std::move(g));
  }
  Connection c = connect();
  try {
    const auto report = cgs::applySqlAccess(c, tenants);
    for (const auto& role : report.revoked) {
      log_.info("sql_access: role {} is no longer listed: its grants were revoked", role);
    }
    for (const auto& role : report.granted) log_.info("sql_access: granted role {}", role);
  } catch (const DatabaseError& e) {
    if (!e.permissionDenied()) throw;
    throw MigrationError(fmt::format(
        "sql_access changed and this role may not grant on schema {} ({}): run cams-groupsync "
        "--migrate as the schema's owner",
        config_.schema, e.what()));
  }
}

void Database::printPendingMigrations(std::ostream& out) const {
  Connection c = connect();
  const auto pending = pendingMigrations(c, migrations());
  if (pending.empty()) {
    out << fmt::format("schema {} is up to date at version {}: nothing to apply\n", config_.schema,
                       schemaVersion());
    return;
  }
  for (const auto& f : pending) {
    out << fmt::format("would apply {} ({} statements, sha256 {})\n", f.name,
                       splitSqlScript(f.sql).size(), f.checksum.substr(0, 12));
  }
}

void Database::prepare(const Config& config) const {
  migrate(config);
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
  const auto pending = pendingMigrations(c, migrations());
  if (!pending.empty()) {
    throw MigrationError(fmt::format(
        "the mirror lacks {} migration(s) this cams-groupsync needs (first {}): run --migrate "
        "first (a dry run changes nothing)",
        pending.size(), pending.front().name));
  }
}

void Database::prune(const RetentionConfig& retention, bool force, Clock& clock,
                     const StopSignal& stop) const {
  Connection c = connect();
  const auto p =
      cgs::prune(c, RetentionPeriods{retention.runs, retention.changes}, force, clock, stop);
  if (p.ran) {
    OutboxStore outbox(c);
    const auto deliveries = outbox.pruneFinished(retention.deliveries, retention.dead_deliveries);
    const auto members = pruneLeftMembers(c, retention.left_members);
    log_.info(
        "retention: pruned {} run records, {} change rows, {} delivered or dead webhook "
        "deliveries and {} memberships left long ago ({} batches, the longest {} ms)",
        p.runs_deleted, p.changes_deleted, deliveries, members, p.batches, p.longest_batch.count());
  }
}

}  // namespace cgs
