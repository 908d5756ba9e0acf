#include <atomic>
#include <memory>
#include <mutex>

#include <fmt/format.h>

#include "app/commands.h"
#include "app/metrics.h"
#include "cli/exit_codes.h"
#include "config/config_loader.h"
#include "config/config_warnings.h"
#include "runtime/schedule.h"
#include "runtime/scheduler_loop.h"
#include "runtime/signal_watcher.h"
#include "runtime/systemd_notifier.h"
#include "store/database_error.h"
#include "store/migrator.h"
#include "sync/discovery_run.h"
#include "sync/worker_pool.h"
#include "webhook/dispatcher.h"

namespace cgs {
namespace {

std::vector<std::pair<std::string, Millis>> enabledAccounts(const Config& c) {
  std::vector<std::pair<std::string, Millis>> out;
  for (const auto& a : c.accounts) {
    if (a.enabled) out.emplace_back(a.name, c.intervalOf(a));
  }
  return out;
}

// The long-running service: waits for the database, then runs due accounts on the worker pool
// until SIGTERM; SIGHUP reloads the configuration between runs; systemd hears READY, STATUS,
// WATCHDOG, RELOADING and STOPPING.
class Daemon {
 public:
  Daemon(AppContext& app, const Database& database) : app_(app), database_(database) {}

  int run() {
    SignalWatcher signals([this] { onStopSignal(); }, [this] { onReloadSignal(); });
    app_.log().info("cams-groupsync starting: {} account(s), {} at once, config {}",
                    app_.config().accounts.size(), app_.config().schedule.concurrency,
                    app_.config().path);
    for (const auto& w : configWarnings(app_.config())) app_.log().warn("{}", w);
    if (const int code = startMetrics(); code != kExitOk) return code;
    try {
      if (!waitForDatabase()) return kExitOk;  // stopped while waiting
    } catch (const MigrationError& e) {
      app_.log().error("migration failed: {}", e.what());
      return kExitDatabase;
    } catch (const SqlAccessError& e) {
      app_.log().error("{}", e.what());
      return kExitUsage;
    } catch (const DatabaseError& e) {
      app_.log().error("database error that waiting will not cure ({}): {}", e.code(), e.what());
      return kExitDatabase;
    }
    loop();
    notifier_.stopping();
    app_.setObserver(nullptr);
    app_.log().info("stopped");
    return kExitOk;
  }

 private:
  int startMetrics() {
    const std::string& listen = app_.config().metrics.listen;
    if (listen.empty()) return kExitOk;
    try {
      metrics_server_ = std::make_unique<MetricsServer>(metrics_, listen);
    } catch (const std::exception& e) {
      app_.log().error("{}", e.what());
      return kExitUsage;
    }
    app_.setObserver(&metrics_);
    app_.log().info("metrics on http://{}/metrics", metrics_server_->endpoint());
    return kExitOk;
  }

  // Prepares the database, retrying with backoff while the error is one that passes (the daemon
  // must outlive an outage). A schema a newer release migrated is not an error to exit on (under
  // systemd that would be a restart loop): the daemon comes up and syncs nothing (see
  // checkSchema). False when stopped while waiting; throws what does not pass.
  bool waitForDatabase() {
    Millis wait{1000};
    for (;;) {
      try {
        database_.prepare(app_.config());
        app_.connectQuota();
        app_.setSchemaVersion(database_.schemaVersion());
        return true;
      } catch (const SchemaTooNew& e) {
        app_.setSchemaVersion(database_.schemaVersion());
        enterSchemaTooNew(e.what());
        return true;
      } catch (const DatabaseError& e) {
        if (!e.retryable()) throw;
        app_.log().error("database unavailable ({}): {}; retrying in {}", e.code(), e.what(),
                         formatDuration(wait));
        notifier_.status("waiting for the database: " + e.code());
      }
      if (!app_.clock().sleepUntil(app_.clock().now() + wait, app_.stop())) return false;
      wait = std::min(Millis{60'000}, wait * 2);
      if (notifier_.watchdogInterval()) notifier_.watchdog();
    }
  }

  void loop() {
    const Config& config = app_.config();
    metrics_.setAccounts(config);
    try {
      Connection c = database_.connect();
      metrics_.seedLastSuccess(latestRuns(c));
    } catch (const DatabaseError& e) {
      app_.log().warn("last successes not read for the metrics: {}", e.what());
    }
    WorkerPool pool(config.schedule.concurrency, config.database.url, config.database.schema);
    Schedule schedule(config.schedule.jitter);
    schedule.setAccounts(enabledAccounts(config), app_.clock().now(), app_.random());
    enabled_count_ = enabledAccounts(config).size();
    SchedulerLoop loop(
        schedule, pool.size(),
        [this, &pool](const std::string& name, int index) { return runAccount(pool, name, index); },
        app_.clock(), app_.random(), app_.stop());
    setLoop(&loop);
    std::thread dispatcher([this] { dispatchLoop(); });
    std::thread pruner([this] { pruneLoop(); });
    std::thread discovery([this] { discoveryLoop(); });
    notifier_.ready(statusLine());
    app_.log().info("ready: {} enabled account(s) scheduled", enabled_count_.load());
    loop.run([this](Schedule& s) { onWake(s); }, notifier_.watchdogInterval()
                                                     ? notifier_.watchdogInterval()
                                                     : std::optional<Millis>(Millis{60'000}));
    dispatcher.join();  // the stop signal ends its wait
    pruner.join();
    discovery.join();
    setLoop(nullptr);
  }

  // Webhook deliveries, on a thread of their own so a slow receiver never delays a sync: a pass
  // whenever something may be due, at least once a second for new events.
  void dispatchLoop() {
    const Config& config = app_.config();
    WebhookDispatcher dispatcher(config.database.url, config.database.schema, &metrics_);
    while (!app_.stop().stopped()) {
      const SyncEnvironment env = app_.environment();
      std::optional<Millis> next;
      if (!env.config->webhooks.empty() && !schema_too_new_) next = dispatcher.dispatchDue(env);
      const Millis wait = std::min(next.value_or(Millis{1000}), Millis{1000});
      (void)app_.clock().sleepUntil(app_.clock().now() + wait, app_.stop());
    }
  }

  // Discovery, on a thread of its own (300 spaces take half a minute at QueryChatappPhoneNumbers'
  // own limit): every replica reads the inventory every min(interval, 1 min) for its accounts;
  // the replica that gets the discovery lock lists when the latest listing (any replica's) is
  // older than the interval, and at once after a SIGHUP.
  void discoveryLoop() {
    const Config& config = app_.config();
    DiscoveryRunner runner(config.database.url, config.database.schema);
    SteadyTime next_pass{};
    while (!app_.stop().stopped()) {
      const SyncEnvironment env = app_.environment();
      const auto& d = env.config->discovery;
      const bool requested = discovery_requested_.exchange(false);
      if (d && !schema_too_new_ && (requested || app_.clock().now() >= next_pass)) {
        const DiscoveryRequest request{
            requested ? "reload" : "schedule",
            requested ? SteadyTime{} : app_.clock().now() - d->interval * 95 / 100, false};
        metrics_.onDiscoveryFinished(runner.run(env, request));
        readInventory(runner);
        next_pass = app_.clock().now() + std::min(d->interval, Millis{60'000});
      }
      (void)app_.clock().sleepUntil(app_.clock().now() + Millis{1000}, app_.stop());
    }
  }

  // The inventory as the mirror has it now, handed to the scheduler loop: the accounts in force
  // are replaced on the loop's thread only (as a reload replaces the config), never under a
  // reference another thread holds.
  void readInventory(DiscoveryRunner& runner) {
    try {
      auto numbers = runner.knownNumbers();
      {
        std::lock_guard lock(inventory_mutex_);
        inventory_ = std::move(numbers);
      }
      roster_changed_ = true;
      wakeLoop();
    } catch (const DatabaseError& e) {
      app_.log().warn("the inventory was not read (the accounts stay as they were): {}", e.what());
    }
  }

  // Retention pruning, on a thread of its own: deleting millions of old history rows takes
  // minutes, in short batches, and never holds up the scheduler. Checked hourly; the database
  // says whether a day has passed since any replica pruned.
  void pruneLoop() {
    while (!app_.stop().stopped()) {
      if (!schema_too_new_) {
        try {
          database_.prune(app_.environment().config->retention, false, app_.clock(), app_.stop());
        } catch (const DatabaseError& e) {
          app_.log().warn("retention pruning skipped: {}", e.what());
        }
      }
      (void)app_.clock().sleepUntil(app_.clock().now() + std::chrono::hours(1), app_.stop());
    }
  }

  Schedule::Outcome runAccount(WorkerPool& pool, const std::string& name, int index) {
    if (schema_too_new_) return Schedule::Outcome::kSkipped;
    const SyncEnvironment env = app_.environment();
    const AccountConfig* account = env.config->findAccount(name);
    if (account == nullptr) return Schedule::Outcome::kSkipped;
    // Another replica's run of the account within half its interval makes this round redundant.
    const SteadyTime synced_since = app_.clock().now() - env.config->intervalOf(*account) / 2;
    const RunReport r =
        pool.run(index, *account, env,
                 RunOptions{"schedule", false, app_.options().allow_mass_removal, synced_since});
    if (r.status == RunStatus::kSkipped) return Schedule::Outcome::kSkipped;
    if (r.failure == FailureKind::kSchemaTooNew) enterSchemaTooNew(r.error_message);
    {
      std::lock_guard lock(stats_mutex_);
      (r.ok() ? runs_ok_ : runs_failed_) += 1;
      last_run_ = fmt::format("{} {}", r.account, runStatusName(r.status));
    }
    return r.ok() ? Schedule::Outcome::kSucceeded : Schedule::Outcome::kFailed;
  }

  // On the loop's thread each time it wakes: reload, watchdog, schema check, status.
  void onWake(Schedule& schedule) {
    if (reload_requested_.exchange(false)) reload(schedule);
    if (roster_changed_.exchange(false)) scheduleRoster(schedule);
    if (notifier_.watchdogInterval()) notifier_.watchdog();
    checkSchema();
    notifier_.status(statusLine());
  }

  // The inventory was read: the accounts in force follow; schedule them when they changed.
  void scheduleRoster(Schedule& schedule) {
    std::optional<std::vector<KnownNumber>> numbers;
    {
      std::lock_guard lock(inventory_mutex_);
      numbers.swap(inventory_);
    }
    if (!numbers) return;
    const bool changed = app_.setKnownNumbers(*numbers);
    metrics_.setInventory(*numbers, app_.roster());
    if (!changed) return;
    const Config& now = app_.config();
    metrics_.setAccounts(now);
    schedule.setAccounts(enabledAccounts(now), app_.clock().now(), app_.random());
    enabled_count_ = enabledAccounts(now).size();
    app_.log().info("{}", app_.roster().summary());
  }

  void reload(Schedule& schedule) {
    notifier_.reloading();
    try {
      Config next = loadConfigFor(app_.options());
      const Config& current = app_.config();
      if (next.database.url != current.database.url ||
          next.database.schema != current.database.schema) {
        app_.log().warn("database settings changed: they take effect at the next restart");
      }
      if (next.schedule.concurrency != current.schedule.concurrency) {
        app_.log().warn("schedule.concurrency changed: it takes effect at the next restart");
      }
      app_.replaceConfig(std::move(next));
      const Config& now = app_.config();
      metrics_.setAccounts(now);
      schedule.setJitter(now.schedule.jitter);
      schedule.setAccounts(enabledAccounts(now), app_.clock().now(), app_.random());
      enabled_count_ = enabledAccounts(now).size();
      app_.log().info("configuration reloaded from {}: {} account(s)", now.path,
                      now.accounts.size());
      applySqlAccess(now);
      discovery_requested_ = true;  // SIGHUP lists the inventory again
    } catch (const ConfigError& e) {
      for (const auto& issue : e.issues()) app_.log().error("reload refused: {}", issue.format());
      app_.log().error("the new configuration has {} error(s); keeping the running one",
                       e.issues().size());
    }
    notifier_.status(statusLine());
    notifier_.ready(statusLine());
  }

  // A reload's tenants: a failure is logged and the grants stay as they were (the next start or
  // --migrate applies them).
  void applySqlAccess(const Config& config) {
    try {
      database_.applySqlAccess(config);
    } catch (const std::exception& e) {
      app_.log().error("sql_access not applied: {}", e.what());
    }
  }

  // A newer release migrated the database: stop starting runs (those running fail at their merge
  // and write nothing), stay up, and check again every minute.
  void enterSchemaTooNew(const std::string& why) {
    if (schema_too_new_.exchange(true)) return;
    app_.log().error("not syncing: {}", why);
    std::lock_guard lock(stats_mutex_);
    next_schema_check_ = app_.clock().now() + kSchemaRecheck;
  }

  void checkSchema() {
    if (!schema_too_new_) return;
    {
      std::lock_guard lock(stats_mutex_);
      if (app_.clock().now() < next_schema_check_) return;
      next_schema_check_ = app_.clock().now() + kSchemaRecheck;
    }
    try {
      database_.prepare(app_.config());
      schema_too_new_ = false;
      app_.log().info("the database schema is one this release knows again: syncing");
    } catch (const std::exception& e) {
      app_.log().debug("still not syncing: {}", e.what());
    }
  }

  std::string statusLine() {
    if (schema_too_new_) {
      return "NOT SYNCING: a newer release migrated the database schema; upgrade this binary";
    }
    std::lock_guard lock(stats_mutex_);
    return fmt::format("{} account(s); runs: {} ok, {} failed; last: {}", enabled_count_.load(),
                       runs_ok_, runs_failed_, last_run_.empty() ? "none yet" : last_run_);
  }

  void setLoop(SchedulerLoop* loop) {
    std::lock_guard lock(loop_mutex_);
    loop_ = loop;
  }
  void wakeLoop() {
    std::lock_guard lock(loop_mutex_);
    if (loop_ != nullptr) loop_->wake();
  }
  void onStopSignal() {
    app_.stop().requestStop();
    wakeLoop();
  }
  void onReloadSignal() {
    reload_requested_ = true;
    wakeLoop();
  }

  AppContext& app_;
  const Database& database_;
  SystemdNotifier notifier_;
  Metrics metrics_{app_.clock()};
  std::unique_ptr<MetricsServer> metrics_server_;
  static constexpr Millis kSchemaRecheck{60'000};

  std::atomic<bool> reload_requested_{false};
  std::atomic<bool> discovery_requested_{false};
  std::atomic<bool> roster_changed_{false};
  std::mutex inventory_mutex_;
  std::optional<std::vector<KnownNumber>> inventory_;  // read, not yet applied by the loop
  std::atomic<bool> schema_too_new_{false};
  SteadyTime next_schema_check_{};  // guarded by stats_mutex_
  std::mutex loop_mutex_;
  SchedulerLoop* loop_ = nullptr;
  std::mutex stats_mutex_;
  std::atomic<std::size_t> enabled_count_{0};
  long runs_ok_ = 0;
  long runs_failed_ = 0;
  std::string last_run_;
};

}  // namespace

int runDaemonCommand(AppContext& app, const Database& database) {
  return Daemon(app, database).run();
}

}  // namespace cgs
