#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cams/curl_transport.h"
#include "config/config.h"
#include "store/account_lock.h"
#include "store/connection.h"
#include "sync/run_report.h"
#include "sync/sync_environment.h"

namespace cgs {

struct RunOptions {
  std::string trigger = "schedule";  // or "once"
  bool dry_run = false;
  bool allow_mass_removal = false;
};

// Runs one account at a time: takes the account's advisory lock (skipping the round if another
// replica holds it), records the run, pages through ListChatGroup on up to api.max_in_flight
// keep-alive connections, streams the groups into the store and merges them in one transaction,
// finishes the run record and logs one summary line. Owns its database sessions and HTTP
// connections and keeps them between runs. Never throws: every failure becomes the report.
// Not thread-safe: one worker per concurrently synced account.
class SyncWorker {
 public:
  SyncWorker(std::string conninfo, std::string schema);

  [[nodiscard]] RunReport run(const AccountConfig& account, const SyncEnvironment& env,
                              const RunOptions& options);

 private:
  std::vector<HttpTransport*> transportsFor(const ApiConfig& api, const StopSignal& stop);
  // Fills `report` (and `request_ids`) as it goes, so a DatabaseError thrown late still leaves
  // the pages and request ids of the run for its record.
  void runLocked(const AccountConfig& account, const SyncEnvironment& env,
                 const RunOptions& options, RunReport& report,
                 std::vector<std::string>& request_ids, const Log& log);

  Connection data_;
  AccountLock lock_;
  std::vector<std::unique_ptr<CurlTransport>> transports_;
  ApiConfig transports_api_;  // the settings the transports were built with
};

}  // namespace cgs
