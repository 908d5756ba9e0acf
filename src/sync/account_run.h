#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cams/http_transport.h"
#include "cams/resolved_credentials.h"
#include "config/config.h"
#include "logging/log.h"
#include "store/account_lock.h"
#include "store/connection.h"
#include "store/listing_apply.h"
#include "store/mirror_write.h"
#include "store/run_store.h"
#include "sync/participant_refresh.h"
#include "sync/run_outcome.h"
#include "sync/run_report.h"
#include "sync/sync_environment.h"

namespace cgs {

// A typed item field that came with the wrong JSON type in this run's listing.
struct MistypedNote {
  std::size_t items = 0;
  std::string group_id;    // the first such item
  std::string request_id;  // and the response it came in
};

struct RunOptions {
  std::string trigger = "schedule";  // or "once"
  bool dry_run = false;
  bool allow_mass_removal = false;
  // A run of the account that another process finished successfully after this moment makes
  // this one redundant: it is skipped as "synced by HOST:PID" (default: never). `--once` passes
  // its own start, so replicas started together sync each account once; the daemon, half the
  // account's interval ago.
  SteadyTime synced_since{};
};

// What a run borrows from the worker that runs it: its database sessions and HTTP connections.
struct WorkerResources {
  Connection& data;
  AccountLock& lock;
  std::vector<HttpTransport*> transports;  // one keep-alive connection per concurrent page
};

// One account run, as a sequence of named steps: lock the account (skipping when another replica
// syncs it or synced it moments ago), resolve its credentials, start its record, list (pages
// streamed into the staging table), check removals, decide, merge and finish the record in one
// commit, refresh the members, report. Each step adds to the run's facts; decideOutcome
// (run_outcome.h) alone turns them into a status. A further resource of the account is one more
// step after the merge. Used once, on one thread.
class ApiClient;

class AccountRun {
 public:
  AccountRun(WorkerResources resources, const AccountConfig& account, const SyncEnvironment& env,
             const RunOptions& options);

  // Runs every step and reports. Never throws: a failure becomes the report.
  [[nodiscard]] RunReport execute();

 private:
  void steps();
  [[nodiscard]] bool lockAccount();
  // After the lock: whether another process synced the account since options_.synced_since
  // (then the run is skipped, naming it).
  [[nodiscard]] bool syncedByAnother();
  void startRecord();
  [[nodiscard]] std::optional<ResolvedCredentials> resolveCredentials();
  [[nodiscard]] ListingOutcome list(const ResolvedCredentials& credentials, ListingApply& apply);
  void checkListing(ListingApply& apply);
  // The members' step, after the merge: in the listing's transaction for a dry run (`dry_run_tx`),
  // in transactions of its own otherwise. Its failures never change the run's status.
  void refreshParticipants(const ResolvedCredentials& credentials, const std::string& merged_at,
                           pqxx::work* dry_run_tx);
  [[nodiscard]] std::vector<std::unique_ptr<ApiClient>> makeClients(
      const ResolvedCredentials& credentials) const;
  void finishRecordAlone();
  void recordFailure(StepFailure failure);
  [[nodiscard]] RunEnd runEnd() const;
  // What this run's writes go under (every resource's).
  [[nodiscard]] WriteScope writeScope() const;
  // Skipped: reads the account's latest success (any replica's) for the report.
  void noteLastSuccess();
  [[nodiscard]] RunReport report() const;
  void logSummary(const RunReport& report) const;

  WorkerResources resources_;
  const AccountConfig& account_;
  const SyncEnvironment& env_;
  const RunOptions& options_;
  const std::string run_id_;
  const Log log_;

  RunFacts facts_;
  RunVerdict verdict_;
  bool locked_ = false;
  std::string other_run_id_;                 // skipped: the holder's run
  std::optional<LastSuccess> last_success_;  // skipped: the account's latest success
  bool recorded_ = false;                    // sync_runs has this run's row
  ChangeCounts counts_;
  std::vector<ChangeRow> changes_;  // dry runs
  ParticipantReport participants_;
  std::map<std::string_view, MistypedNote> mistyped_;
  int pages_ = 0;
  mutable std::mutex ids_mutex_;  // request ids arrive from the pager's threads
  std::vector<std::string> request_ids_;
};

}  // namespace cgs
