#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cams/http_transport.h"
#include "cams/resolved_credentials.h"
#include "config/config.h"
#include "logging/log.h"
#include "store/account_lock.h"
#include "store/connection.h"
#include "store/mirror_write.h"
#include "sync/resource_step.h"
#include "sync/run_options.h"
#include "sync/run_report.h"
#include "sync/run_state.h"
#include "sync/sync_environment.h"

namespace cgs {

// What a run borrows from the worker that runs it: its database sessions and HTTP connections.
struct WorkerResources {
  Connection& data;
  AccountLock& lock;
  std::vector<HttpTransport*> transports;  // one keep-alive connection per concurrent page
};

// One account run, as a sequence of named steps: lock the account (skipping when another replica
// syncs it or synced it moments ago), resolve its credentials, start its record, then its
// resources in order, each a ResourceStep (sync/resource_step.h): the group listing first
// (sync/group_listing_step.h: list, check removals, decide, merge and finish the record in one
// commit), then those registered in stepsAfterListing (the members), then report. The facts go
// into the run's RunState; decideOutcome (run_outcome.h) alone turns them into a status. Used
// once, on one thread.
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
  [[nodiscard]] StepContext stepContext(const ResolvedCredentials& credentials) const;
  // The resources after the listing, in order: in the listing's transaction for a dry run
  // (`dry_run_tx`), in transactions of their own otherwise.
  [[nodiscard]] std::vector<std::unique_ptr<ResourceStep>> stepsAfterListing(
      const StepContext& context, const std::string& merged_at, pqxx::work* dry_run_tx);
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

  RunState state_;
  bool locked_ = false;
  std::string other_run_id_;                 // skipped: the holder's run
  std::optional<LastSuccess> last_success_;  // skipped: the account's latest success
  bool recorded_ = false;                    // sync_runs has this run's row
  std::vector<ChangeRow> changes_;           // dry runs
  ParticipantReport participants_;
  std::vector<ResourceReport> resources_reports_;  // each resource step's, in order
};

}  // namespace cgs
