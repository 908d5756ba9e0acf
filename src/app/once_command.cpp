#include <ostream>

#include <fmt/format.h>

#include "app/commands.h"
#include "cli/exit_codes.h"
#include "common/printable.h"
#include "config/config_warnings.h"
#include "runtime/signal_watcher.h"
#include "store/account_lock.h"
#include "store/database_error.h"
#include "store/migrator.h"
#include "sync/discovery_run.h"
#include "sync/worker_pool.h"
#include "webhook/dispatcher.h"

namespace cgs {
namespace {

// The accounts --account names (all enabled ones when it names none); nullopt after a usage
// error, already written to `err`.
std::optional<std::vector<const AccountConfig*>> selectedAccounts(const AppContext& app,
                                                                  std::ostream& err) {
  std::vector<const AccountConfig*> out;
  if (app.options().accounts.empty()) {
    for (const auto& a : app.config().accounts) {
      if (a.enabled) out.push_back(&a);
    }
    return out;
  }
  bool unknown = false;
  for (const auto& name : app.options().accounts) {
    const AccountConfig* a = app.config().findAccount(name);
    if (a == nullptr) {
      err << fmt::format("cams-groupsync: --account {}: no such account in {}\n", name,
                         app.config().path);
      unknown = true;
    }
    out.push_back(a);
  }
  if (unknown) return std::nullopt;
  return out;
}

// An account another replica synced is not a failure of this one.
int exitCodeFor(const std::vector<RunReport>& reports) {
  bool failed = false;
  for (const auto& r : reports) {
    if (r.databaseError()) return kExitDatabase;
    failed = failed || (!r.ok() && r.status != RunStatus::kSkipped);
  }
  return failed ? kExitAccountFailed : kExitOk;
}

// The result of the other replica's run, once it has ended; nullopt if stopped first. A holder
// that died (its lock is free, its run still `running`) counts as aborted.
std::optional<RunResult> awaitRun(AppContext& app, const Database& database,
                                  const RunReport& skipped) {
  Connection c = database.connect();
  AccountLock lock(app.config().database.url, app.config().database.schema);
  for (;;) {
    if (auto result = finishedRun(c, skipped.other_run_id)) return result;
    if (lock.tryLock(skipped.account)) {  // the holder is gone without finishing its run
      lock.unlock(skipped.account);
      if (auto result = finishedRun(c, skipped.other_run_id)) return result;
      return RunResult{RunStatus::kAborted, "Aborted",
                       "the replica running it ended before it finished"};
    }
    if (!app.clock().sleepUntil(app.clock().now() + Millis{250}, app.stop())) return std::nullopt;
  }
}

// Reports what happened to accounts another replica was syncing; with --wait, waits for those
// runs and takes their results as this invocation's.
void reportSkipped(AppContext& app, const Database& database, std::vector<RunReport>& reports) {
  for (auto& r : reports) {
    if (r.status != RunStatus::kSkipped) continue;
    if (!app.options().wait || r.other_run_id.empty()) {
      app.log().info("account {}: skipped ({})", r.account, r.error_message);
      continue;
    }
    app.log().info("account {}: {}; waiting for its run {} to end", r.account, r.error_message,
                   r.other_run_id);
    const auto result = awaitRun(app, database, r);
    if (!result) return;  // stopped
    app.log().info("account {}: the run it waited for ended {}", r.account,
                   runStatusName(result->status));
    r.status = result->status;
    r.error_code = result->error_code;
    r.error_message = result->error_message;
  }
}

void printChangeSet(const RunReport& r, std::ostream& out) {
  out << fmt::format(
      "account {}: {} ({} seen: {} added, {} updated, {} removed, {} restored, {} "
      "unchanged){}\n",
      printable(r.account), runStatusName(r.status), r.counts.groups_seen, r.counts.added,
      r.counts.updated, r.counts.removed, r.counts.restored, r.counts.unchanged,
      r.error_message.empty() ? "" : " - " + printable(r.error_message));
  if (const auto& p = r.participants; p.ran) {
    out << fmt::format("  members: {} group(s) refreshed, {} joined, {} left ({} request(s){})\n",
                       p.counts.groups, p.counts.joined, p.counts.left, p.requests,
                       p.error_code.empty()
                           ? ""
                           : "; " + printable(p.error_code) + ": " + printable(p.error_message));
  }
  for (const auto& c : r.changes) {
    const auto type = changeTypeNamed(c.change_type);
    const char mark = type ? changeTypeInfo(*type).mark : '~';
    // Every string here came from the API: escaped, so none acts on the operator's terminal.
    out << fmt::format("  {} {:<8} {}  {}{}\n", mark, c.change_type, printable(c.group_id),
                       printable(c.subject),
                       c.changed_fields.empty() ? "" : "  " + printable(c.changed_fields));
  }
}

// With a discovery: section, the inventory first (a dry run lists nothing and uses the inventory
// as mirrored): the accounts in force then include the discovered ones. A listing another replica
// started after this invocation did counts as this one's (replicas started together list once).
// nullopt without discovery. Throws DatabaseError when the inventory cannot be read.
std::optional<DiscoveryReport> discover(AppContext& app, SteadyTime started) {
  const SyncEnvironment env = app.environment();
  if (!env.config->discovery) return std::nullopt;
  DiscoveryRunner runner(env.config->database.url, env.config->database.schema);
  DiscoveryReport report;
  if (app.options().dry_run) {
    report.status = RunStatus::kSkipped;
    app.log().info("dry run: discovery lists nothing; the accounts are the inventory as mirrored");
    Connection c(env.config->database.url, env.config->database.schema);
    if (!inventoryExists(c)) return report;  // a mirror of an older release: configured ones
  } else {
    report = runner.run(env, DiscoveryRequest{"once", started, true});
    if (report.status == RunStatus::kSkipped) {
      app.log().info("discovery: {}; using that listing", report.skipped_because);
    }
  }
  if (!isDatabaseFailure(report.failure)) {
    (void)app.setKnownNumbers(runner.knownNumbers());
    app.log().info("{}", app.roster().summary());
  }
  return report;
}

// The mirror ready to write (a dry run only reads it): nullopt, or the exit code of what went
// wrong, already logged.
std::optional<int> prepareDatabase(AppContext& app, const Database& database) {
  try {
    if (app.options().dry_run) {
      database.requireMirror();
    } else {
      database.prepare(app.config());
    }
    app.setSchemaVersion(database.schemaVersion());
  } catch (const MigrationError& e) {
    app.log().error("cannot use the database: {}", e.what());
    return kExitDatabase;
  } catch (const SqlAccessError& e) {
    app.log().error("{}", e.what());
    return kExitUsage;
  } catch (const std::exception& e) {
    app.log().error("database unavailable: {}", e.what());
    return kExitDatabase;
  }
  return std::nullopt;
}

}  // namespace

int runOnceCommand(AppContext& app, const Database& database, std::ostream& out,
                   std::ostream& err) {
  const SteadyTime started = app.clock().now();
  for (const auto& w : configWarnings(app.config())) app.log().warn("{}", w);
  const CliOptions& o = app.options();
  SignalWatcher signals([&app] { app.stop().requestStop(); }, [] {});
  if (const auto code = prepareDatabase(app, database)) return *code;
  std::optional<DiscoveryReport> discovery;
  try {
    discovery = discover(app, started);
  } catch (const DatabaseError& e) {
    app.log().error("database unavailable while reading the inventory: {}", e.what());
    return kExitDatabase;
  }
  if (discovery && isDatabaseFailure(discovery->failure)) return kExitDatabase;
  const auto accounts = selectedAccounts(app, err);
  if (!accounts) return kExitUsage;
  const SyncEnvironment env = app.environment();
  WorkerPool pool(env.config->schedule.concurrency, env.config->database.url,
                  env.config->database.schema);
  // Replicas started together sync each account once: a run another one finished after this
  // invocation started counts as this one's.
  auto reports =
      pool.runAll(*accounts, env, RunOptions{"once", o.dry_run, o.allow_mass_removal, started});
  try {
    reportSkipped(app, database, reports);
  } catch (const DatabaseError& e) {
    app.log().error("database unavailable while waiting: {}", e.what());
    return kExitDatabase;
  }
  if (o.dry_run) {
    for (const auto& r : reports) printChangeSet(r, out);
  } else if (!env.config->webhooks.empty()) {
    // One pass: what is due is sent now; a delivery that fails waits for the next run or the
    // daemon (it stays pending in webhook_deliveries).
    WebhookDispatcher dispatcher(env.config->database.url, env.config->database.schema, nullptr);
    (void)dispatcher.dispatchDue(app.environment());
  }
  if (o.prune && !o.dry_run) {
    try {
      database.prune(env.config->retention, /*force=*/true, app.clock(), app.stop());
    } catch (const DatabaseError& e) {
      app.log().error("pruning failed: {}", e.what());
      return kExitDatabase;
    }
  }
  int ok = 0, skipped = 0;
  for (const auto& r : reports) {
    ok += r.ok();
    skipped += r.status == RunStatus::kSkipped;
  }
  app.log().info("sync finished: {} of {} account(s) succeeded{}", ok, reports.size(),
                 skipped > 0 ? fmt::format(", {} synced by another replica", skipped) : "");
  const int code = exitCodeFor(reports);
  if (code == kExitOk && discovery && discovery->status != RunStatus::kSucceeded &&
      discovery->status != RunStatus::kSkipped) {
    return kExitAccountFailed;  // the accounts synced; the inventory did not (all of it)
  }
  return code;
}

}  // namespace cgs
