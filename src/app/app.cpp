#include "app/app.h"

#include <unistd.h>

#include <atomic>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "app/metrics.h"
#include "app/migrations_dir.h"
#include "app/status_table.h"
#include "cams/curl_transport.h"
#include "cli/exit_codes.h"
#include "common/secret.h"
#include "config/config_loader.h"
#include "config/config_summary.h"
#include "logging/logging_setup.h"
#include "runtime/schedule.h"
#include "runtime/scheduler_loop.h"
#include "runtime/signal_watcher.h"
#include "runtime/systemd_notifier.h"
#include "store/database_error.h"
#include "store/migrator.h"
#include "store/run_store.h"
#include "sync/sync_worker.h"

namespace cgs {
namespace {

std::string hostName() {
  char buf[256] = {0};
  if (gethostname(buf, sizeof(buf) - 1) != 0) return "unknown";
  return buf;
}

Config loadWithOverrides(const CliOptions& o) {
  Config c = loadConfig(o.config_path, processEnv());
  if (!o.log_level.empty()) c.logging.level = o.log_level;
  if (!o.log_format.empty()) c.logging.format = o.log_format;
  return c;
}

// Applies pending migrations. DatabaseError and MigrationError propagate.
void migrateNow(const Config& config, const Log& log) {
  const std::string dir = migrationsDirFor(config.database);
  const auto files = loadMigrations(dir);
  Connection c(config.database.url, config.database.schema);
  const auto report = migrate(c, files);
  for (const auto& name : report.applied) log.info("applied migration {}", name);
  log.info("database schema {} is up to date ({} migrations, {} applied now, from {})",
           config.database.schema, files.size(), report.applied.size(), dir);
}

int exitCodeFor(const std::vector<RunReport>& reports) {
  bool failed = false;
  for (const auto& r : reports) {
    if (r.database_error) return kExitDatabase;
    failed = failed || !r.ok();
  }
  return failed ? kExitAccountFailed : kExitOk;
}

void printChangeSet(const RunReport& r, std::ostream& out) {
  out << fmt::format(
      "account {}: {} ({} seen: {} added, {} updated, {} removed, {} restored, {} "
      "unchanged){}\n",
      r.account, r.status, r.counts.groups_seen, r.counts.added, r.counts.updated, r.counts.removed,
      r.counts.restored, r.counts.unchanged,
      r.error_message.empty() ? "" : " - " + r.error_message);
  for (const auto& c : r.changes) {
    const char* mark = c.change_type == "added"      ? "+"
                       : c.change_type == "removed"  ? "-"
                       : c.change_type == "restored" ? "^"
                                                     : "~";
    out << fmt::format("  {} {:<8} {}  {}{}\n", mark, c.change_type, c.group_id, c.subject,
                       c.changed_fields.empty() ? "" : "  " + c.changed_fields);
  }
}

class App {
 public:
  App(const CliOptions& options, Config config, std::ostream& out, std::ostream& err)
      : options_(options),
        out_(out),
        err_(err),
        redactor_(std::make_shared<Redactor>()),
        log_(makeLog(config.logging, redactor_)) {
    env_.config = std::make_shared<const Config>(std::move(config));
    env_.limiters = SyncEnvironment::limitersFor(*env_.config, {});
    env_.clock = &clock_;
    env_.random = &random_;
    env_.stop = &stop_;
    env_.log = log_;
    env_.redactor = redactor_;
    env_.env = processEnv();
    env_.host = hostName();
    env_.pid = static_cast<int>(getpid());
    // A password in the database URL is a secret like any other.
    const std::string& url = env_.config->database.url;
    if (redactConninfo(url) != url) {
      const auto at = url.find('@');
      const auto colon = url.rfind(':', at);
      if (at != std::string::npos && colon != std::string::npos && colon < at) {
        redactor_->add(Secret(url.substr(colon + 1, at - colon - 1)));
      }
    }
  }

  int run() {
    if (options_.migrate) return migrateOnly();
    if (options_.status) return status();
    if (options_.once) return once();
    return daemon();
  }

 private:
  int migrateOnly() {
    try {
      migrateNow(*env_.config, log_);
      return kExitOk;
    } catch (const std::exception& e) {
      log_.error("migration failed: {}", e.what());
      return kExitDatabase;
    }
  }

  int status() {
    try {
      Connection c(env_.config->database.url, env_.config->database.schema);
      const StatusTable t = renderStatus(*env_.config, latestRuns(c));
      out_ << t.text;
      return t.stale ? kExitAccountFailed : kExitOk;
    } catch (const DatabaseError& e) {
      log_.error("cannot read run status: {} ({})", e.what(), e.code());
      return kExitDatabase;
    }
  }

  std::vector<const AccountConfig*> selectedAccounts(int& exit_code) const {
    std::vector<const AccountConfig*> out;
    exit_code = kExitOk;
    if (options_.accounts.empty()) {
      for (const auto& a : env_.config->accounts) {
        if (a.enabled) out.push_back(&a);
      }
      return out;
    }
    for (const auto& name : options_.accounts) {
      const AccountConfig* a = env_.config->findAccount(name);
      if (a == nullptr) {
        err_ << fmt::format("cams-groupsync: --account {}: no such account in {}\n", name,
                            env_.config->path);
        exit_code = kExitUsage;
      }
      out.push_back(a);
    }
    return out;
  }

  int once() {
    int code = kExitOk;
    const auto accounts = selectedAccounts(code);
    if (code != kExitOk) return code;
    SignalWatcher signals([this] { stop_.requestStop(); }, [] {});
    try {
      if (options_.dry_run) {
        Connection c(env_.config->database.url, env_.config->database.schema);
        if (!mirrorExists(c)) {
          throw MigrationError("the database has no mirror yet: run --migrate (or a sync) first");
        }
      } else {
        migrateNow(*env_.config, log_);
        Connection c(env_.config->database.url, env_.config->database.schema);
        if (const int n = abortOrphanedRuns(c); n > 0) {
          log_.warn("marked {} run(s) left running by a process that died as aborted", n);
        }
      }
    } catch (const std::exception& e) {
      log_.error("database unavailable: {}", e.what());
      return kExitDatabase;
    }
    RunOptions run_options{"once", options_.dry_run, options_.allow_mass_removal};
    std::vector<RunReport> reports(accounts.size());
    std::atomic<std::size_t> next{0};
    const int workers =
        std::min<int>(env_.config->schedule.concurrency, static_cast<int>(accounts.size()));
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w) {
      threads.emplace_back([&] {
        SyncWorker worker(env_.config->database.url, env_.config->database.schema);
        for (std::size_t i = next++; i < accounts.size(); i = next++) {
          reports[i] = worker.run(*accounts[i], env_, run_options);
        }
      });
    }
    for (auto& t : threads) t.join();
    for (const auto& r : reports) {
      if (options_.dry_run) printChangeSet(r, out_);
    }
    if (options_.prune && !options_.dry_run) {
      try {
        Connection c(env_.config->database.url, env_.config->database.schema);
        const auto p = prune(c, env_.config->retention, /*force=*/true);
        log_.info("pruned {} run records and {} change rows", p.runs_deleted, p.changes_deleted);
      } catch (const DatabaseError& e) {
        log_.error("pruning failed: {}", e.what());
        return kExitDatabase;
      }
    }
    int ok = 0;
    for (const auto& r : reports) ok += r.ok();
    log_.info("sync finished: {} of {} account(s) succeeded", ok, reports.size());
    return exitCodeFor(reports);
  }

  // Migrates, retrying while the database is unreachable (the daemon must outlive an outage).
  bool migrateWithRetry(SystemdNotifier& notifier) {
    Millis wait{1000};
    for (;;) {
      try {
        migrateNow(*env_.config, log_);
        Connection c(env_.config->database.url, env_.config->database.schema);
        if (const int n = abortOrphanedRuns(c); n > 0) {
          log_.warn("marked {} run(s) left running by a process that died as aborted", n);
        }
        return true;
      } catch (const DatabaseError& e) {
        log_.error("database unavailable ({}): {}; retrying in {}", e.code(), e.what(),
                   formatDuration(wait));
        notifier.status("waiting for the database: " + e.code());
      }
      if (!clock_.sleepUntil(clock_.now() + wait, stop_)) return false;
      wait = std::min(Millis{60'000}, wait * 2);
      if (notifier.watchdogInterval()) notifier.watchdog();
    }
  }

  void reload(Schedule& schedule, SystemdNotifier& notifier) {
    notifier.reloading();
    try {
      Config next = loadWithOverrides(options_);
      if (next.database.url != env_.config->database.url ||
          next.database.schema != env_.config->database.schema) {
        log_.warn("database settings changed: they take effect at the next restart");
        next.database = env_.config->database;
      }
      if (next.schedule.concurrency != env_.config->schedule.concurrency) {
        log_.warn("schedule.concurrency changed: it takes effect at the next restart");
      }
      std::lock_guard lock(env_mutex_);
      env_.limiters = SyncEnvironment::limitersFor(next, env_.limiters);
      env_.config = std::make_shared<const Config>(std::move(next));
      schedule.setJitter(env_.config->schedule.jitter);
      schedule.setAccounts(enabledAccounts(*env_.config), clock_.now(), random_);
      log_.info("configuration reloaded from {}: {} account(s)", env_.config->path,
                env_.config->accounts.size());
    } catch (const ConfigError& e) {
      for (const auto& issue : e.issues()) log_.error("reload refused: {}", issue.format());
      log_.error("the new configuration has {} error(s); keeping the running one",
                 e.issues().size());
    }
    notifier.status(statusLine());
    notifier.ready(statusLine());
  }

  static std::vector<std::pair<std::string, Millis>> enabledAccounts(const Config& c) {
    std::vector<std::pair<std::string, Millis>> out;
    for (const auto& a : c.accounts) {
      if (a.enabled) out.emplace_back(a.name, c.intervalOf(a));
    }
    return out;
  }

  std::string statusLine() {
    std::lock_guard lock(stats_mutex_);
    return fmt::format("{} account(s); runs: {} ok, {} failed; last: {}", enabled_count_, runs_ok_,
                       runs_failed_, last_run_.empty() ? "none yet" : last_run_);
  }

  int daemon() {
    SystemdNotifier notifier;
    std::atomic<bool> reload_requested{false};
    SchedulerLoop* loop_ptr = nullptr;
    std::mutex loop_mutex;
    SignalWatcher signals(
        [&] {
          stop_.requestStop();
          std::lock_guard lock(loop_mutex);
          if (loop_ptr != nullptr) loop_ptr->wake();
        },
        [&] {
          reload_requested = true;
          std::lock_guard lock(loop_mutex);
          if (loop_ptr != nullptr) loop_ptr->wake();
        });
    log_.info("cams-groupsync starting: {} account(s), {} at once, config {}",
              env_.config->accounts.size(), env_.config->schedule.concurrency, env_.config->path);
    Metrics metrics(clock_);
    std::unique_ptr<MetricsServer> metrics_server;
    if (!env_.config->metrics.listen.empty()) {
      try {
        metrics_server = std::make_unique<MetricsServer>(metrics, env_.config->metrics.listen);
        env_.observer = &metrics;
        log_.info("metrics on http://{}/metrics", env_.config->metrics.listen);
      } catch (const std::exception& e) {
        log_.error("{}", e.what());
        return kExitUsage;
      }
    }
    try {
      if (!migrateWithRetry(notifier)) return kExitOk;  // stopped while waiting
    } catch (const MigrationError& e) {
      log_.error("migration failed: {}", e.what());
      return kExitDatabase;
    }
    const int concurrency = env_.config->schedule.concurrency;
    std::vector<std::unique_ptr<SyncWorker>> workers;
    for (int i = 0; i < concurrency; ++i) {
      workers.push_back(
          std::make_unique<SyncWorker>(env_.config->database.url, env_.config->database.schema));
    }
    Schedule schedule(env_.config->schedule.jitter);
    schedule.setAccounts(enabledAccounts(*env_.config), clock_.now(), random_);
    enabled_count_ = enabledAccounts(*env_.config).size();
    const auto job = [&](const std::string& name, int index) {
      SyncEnvironment env;
      {
        std::lock_guard lock(env_mutex_);
        env = env_;
      }
      const AccountConfig* account = env.config->findAccount(name);
      if (account == nullptr) return Schedule::Outcome::kSkipped;
      const RunReport r = workers[static_cast<std::size_t>(index)]->run(
          *account, env, RunOptions{"schedule", false, options_.allow_mass_removal});
      {
        std::lock_guard lock(stats_mutex_);
        (r.ok() ? runs_ok_ : runs_failed_) += r.status == "skipped" ? 0 : 1;
        if (r.status != "skipped") last_run_ = fmt::format("{} {}", r.account, r.status);
      }
      if (r.ok()) return Schedule::Outcome::kSucceeded;
      if (r.status == "skipped") return Schedule::Outcome::kSkipped;
      return Schedule::Outcome::kFailed;
    };
    SchedulerLoop loop(schedule, concurrency, job, clock_, random_, stop_);
    {
      std::lock_guard lock(loop_mutex);
      loop_ptr = &loop;
    }
    notifier.ready(statusLine());
    log_.info("ready: {} enabled account(s) scheduled", enabled_count_);
    SteadyTime next_prune = clock_.now();
    loop.run(
        [&](Schedule& s) {
          if (reload_requested.exchange(false)) {
            reload(s, notifier);
            std::lock_guard lock(stats_mutex_);
            enabled_count_ = enabledAccounts(*env_.config).size();
          }
          if (notifier.watchdogInterval()) notifier.watchdog();
          notifier.status(statusLine());
          if (clock_.now() >= next_prune) {
            next_prune = clock_.now() + std::chrono::hours(1);
            try {
              Connection c(env_.config->database.url, env_.config->database.schema);
              const auto p = prune(c, env_.config->retention, false);
              if (p.ran) {
                log_.info("retention: pruned {} run records and {} change rows", p.runs_deleted,
                          p.changes_deleted);
              }
            } catch (const DatabaseError& e) {
              log_.warn("retention pruning skipped: {}", e.what());
            }
          }
        },
        notifier.watchdogInterval() ? notifier.watchdogInterval()
                                    : std::optional<Millis>(Millis{60'000}));
    notifier.stopping();
    {
      std::lock_guard lock(loop_mutex);
      loop_ptr = nullptr;
    }
    env_.observer = nullptr;
    log_.info("stopped");
    return kExitOk;
  }

  const CliOptions& options_;
  std::ostream& out_;
  std::ostream& err_;
  std::shared_ptr<Redactor> redactor_;
  Log log_;
  RealClock clock_;
  RealRandom random_;
  StopSignal stop_;
  std::mutex env_mutex_;
  SyncEnvironment env_;
  std::mutex stats_mutex_;
  std::size_t enabled_count_ = 0;
  long runs_ok_ = 0;
  long runs_failed_ = 0;
  std::string last_run_;
};

}  // namespace

int runApp(const CliOptions& options, std::ostream& out, std::ostream& err) {
  Config config;
  try {
    config = loadWithOverrides(options);
  } catch (const ConfigError& e) {
    err << e.what() << '\n'
        << "cams-groupsync: " << e.issues().size() << " configuration error(s) in "
        << options.config_path << '\n';
    return kExitUsage;
  }
  if (options.check_config) {
    out << summarizeConfig(config);
    return kExitOk;
  }
  CurlGlobal curl;
  try {
    App app(options, std::move(config), out, err);
    return app.run();
  } catch (const spdlog::spdlog_ex& e) {
    err << "cams-groupsync: cannot set up logging: " << e.what() << '\n';
    return kExitUsage;
  }
}

}  // namespace cgs
