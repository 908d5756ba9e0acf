#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "cli/cli.h"
#include "config/config.h"
#include "logging/log.h"
#include "logging/redactor.h"
#include "runtime/clock.h"
#include "runtime/random.h"
#include "runtime/stop_signal.h"
#include "sync/account_roster.h"
#include "sync/sync_environment.h"

namespace cgs {

// What every command shares: the command line, the process's clock, randomness, stop signal,
// secret redactor and log, and the SyncEnvironment its account runs see. The database password
// (if the URL carries one) is added to the redactor here, the one place that does so.
class AppContext {
 public:
  // Throws spdlog::spdlog_ex when the log file cannot be opened.
  AppContext(const CliOptions& options, Config config);

  [[nodiscard]] const CliOptions& options() const { return options_; }
  [[nodiscard]] const Config& config() const { return *env_.config; }
  [[nodiscard]] const Log& log() const { return log_; }
  RealClock& clock() { return clock_; }
  RealRandom& random() { return random_; }
  StopSignal& stop() { return stop_; }

  // A copy of the environment in force (a reload may replace the config between runs).
  [[nodiscard]] SyncEnvironment environment() const;
  // Swaps in a reloaded config (database settings kept), reusing unchanged rate limiters.
  void replaceConfig(Config next);
  // The numbers the mirror knows (discovery's inventory): the accounts in force become the
  // configured ones and the discovered ones (sync/account_roster.h). True when the set of
  // accounts changed.
  bool setKnownNumbers(std::vector<KnownNumber> numbers);
  // The accounts in force, with the retired ones.
  [[nodiscard]] AccountRoster roster() const;
  void setObserver(RunObserver* observer);
  // Opens the shared API quota's session (see SharedQuota::connect). Throws DatabaseError.
  void connectQuota() { quota_->connect(); }
  // The schema version the account runs write to (Database::schemaVersion()).
  void setSchemaVersion(int version);

 private:
  const CliOptions& options_;
  std::shared_ptr<Redactor> redactor_;
  Log log_;
  RealClock clock_;
  RealRandom random_;
  StopSignal stop_;
  std::shared_ptr<SharedQuota> quota_;
  // The accounts in force from the file's config and the known numbers. Under env_mutex_.
  void applyRoster();

  mutable std::mutex env_mutex_;
  SyncEnvironment env_;
  Config file_config_;              // as loaded (accounts: the file's alone)
  std::vector<KnownNumber> known_;  // the inventory last read
  AccountRoster roster_;
};

// The config file with the command line's --log-level / --log-format applied. Throws ConfigError.
[[nodiscard]] Config loadConfigFor(const CliOptions& options);

}  // namespace cgs
