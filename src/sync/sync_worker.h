#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cams/curl_transport.h"
#include "config/config.h"
#include "store/account_lock.h"
#include "store/connection.h"
#include "sync/account_run.h"
#include "sync/run_report.h"
#include "sync/sync_environment.h"

namespace cgs {

// Runs one account at a time (an AccountRun each), on database sessions and keep-alive HTTP
// connections it owns and keeps between runs: one session for the data, one for the account
// locks, and api.max_in_flight HTTP connections (after a run that could not reach the database it
// closes both sessions). Never throws: every failure becomes the report.
// Not thread-safe: one worker per concurrently synced account (see WorkerPool).
class SyncWorker {
 public:
  SyncWorker(std::string conninfo, std::string schema);

  [[nodiscard]] RunReport run(const AccountConfig& account, const SyncEnvironment& env,
                              const RunOptions& options);

 private:
  std::vector<HttpTransport*> transportsFor(const ApiConfig& api, const StopSignal& stop);

  Connection data_;
  AccountLock lock_;
  std::vector<std::unique_ptr<CurlTransport>> transports_;
  ApiConfig transports_api_;  // the settings the transports were built with
};

}  // namespace cgs
