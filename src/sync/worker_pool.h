#pragma once

#include <memory>
#include <string>
#include <vector>

#include "config/config.h"
#include "sync/account_run.h"
#include "sync/run_report.h"
#include "sync/sync_environment.h"
#include "sync/sync_worker.h"

namespace cgs {

// The process's workers: `size` SyncWorkers, each with its own database sessions and HTTP
// connections. The daemon's scheduler runs an account on the worker whose index it hands out;
// --once runs a list of accounts across all of them. Worker i is used by one thread at a time.
class WorkerPool {
 public:
  WorkerPool(int size, const std::string& conninfo, const std::string& schema);

  [[nodiscard]] int size() const { return static_cast<int>(workers_.size()); }

  // Runs one account on worker `index` (0..size-1), on the calling thread.
  [[nodiscard]] RunReport run(int index, const AccountConfig& account, const SyncEnvironment& env,
                              const RunOptions& options);

  // Runs each account once, up to size() at a time; reports in the order of `accounts`.
  [[nodiscard]] std::vector<RunReport> runAll(const std::vector<const AccountConfig*>& accounts,
                                              const SyncEnvironment& env,
                                              const RunOptions& options);

 private:
  std::vector<std::unique_ptr<SyncWorker>> workers_;
};

}  // namespace cgs
