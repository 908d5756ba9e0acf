#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "cams/api_client.h"
#include "cams/resolved_credentials.h"
#include "common/change_type.h"
#include "config/config.h"
#include "logging/log.h"
#include "store/connection.h"
#include "store/mirror_write.h"
#include "sync/run_options.h"
#include "sync/step_failure.h"
#include "sync/sync_environment.h"

namespace cgs {

// The resources the mirror holds. An account run mirrors groups and members, in that order: the
// group listing first (it decides the run's status), then the ones that need its merge. Numbers
// are the credential set's, mirrored by a discovery pass (sync/discovery_run.h).
enum class ResourceKind { kGroups, kMembers, kNumbers };

// "groups", "members", "numbers": the names the change-type registry (common/change_type.h) files
// each change type under.
[[nodiscard]] std::string_view resourceName(ResourceKind kind);

// What one resource step did, the same shape for every resource.
struct ResourceReport {
  ResourceKind kind = ResourceKind::kGroups;
  bool ran = false;                    // false: not reached, or nothing to do for this account
  ChangeTally changes;                 // of the registry's change types filed under this resource
  std::int64_t requests = 0;           // HTTP attempts
  std::optional<StepFailure> failure;  // the step failed (its resource waits for the next run)
};

// What every resource step of a run borrows from the run.
struct StepContext {
  Connection& data;
  const AccountConfig& account;  // a discovery pass's: its credential set under kDiscoveryName
  const SyncEnvironment& env;
  const RunOptions& options;
  const ResolvedCredentials& credentials;
  WriteScope scope;  // every step's writes go under it (store/mirror_write.h)
  Log log;
  // One API client per worker transport (each with its own keep-alive connection), paced by the
  // account's credential set.
  std::function<std::vector<std::unique_ptr<ApiClient>>()> clients;
  // Every attempt of every step (metrics); called from request threads.
  AttemptObserver observer;
};

// One resource of an account run: lists it through the API and writes it to the mirror under the
// run's WriteScope, in transactions of its own (or, in a dry run, the listing's). A failure the
// run survives is in its report; what it cannot contain (a database error inside a dry run's one
// transaction) propagates to the run. Steps are built and ordered by AccountRun::steps.
class ResourceStep {
 public:
  virtual ~ResourceStep() = default;
  [[nodiscard]] virtual ResourceKind kind() const = 0;
  virtual void run() = 0;
  [[nodiscard]] virtual ResourceReport report() const = 0;
};

}  // namespace cgs
