#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cams/api_client.h"
#include "cams/curl_transport.h"
#include "cams/rate_limiter.h"
#include "common/duration.h"
#include "store/connection.h"
#include "store/inventory_store.h"
#include "sync/resource_step.h"
#include "sync/sync_environment.h"

namespace cgs {

// How one discovery pass ended.
struct DiscoveryReport {
  std::string run_id;
  // kSkipped: another replica holds discovery, or listed recently enough (`skipped_because`).
  RunStatus status = RunStatus::kFailed;
  DiscoveryRunEnd end;     // what it listed and changed, its request ids and error
  ResourceReport numbers;  // the numbers step's report (tally, requests, failure)
  Millis duration{0};
  std::string skipped_because;
  FailureKind failure = FailureKind::kNone;  // a database failure, when that is why it failed

  // A listing was applied (complete, or with some spaces kept as they were).
  [[nodiscard]] bool applied() const {
    return status == RunStatus::kSucceeded || status == RunStatus::kIncomplete;
  }
};

// When a pass is wanted.
struct DiscoveryRequest {
  std::string trigger = "schedule";  // schedule, once, reload
  // A listing (by any replica) that ended after this moment makes the pass redundant (default:
  // never). The daemon passes 95% of the interval ago; --once its own start, so replicas
  // started together list once (one that started a moment before the other's start, too).
  SteadyTime listed_since{};
  // Wait for a replica that is listing now (then decide by max_age) instead of skipping.
  bool wait_for_other = false;
};

// Discovery passes of this process, one at a time (README, "Discovery"): under the discovery lock
// (one replica lists at a time), with the configured credential set, through a NumbersStep, with
// a discovery_runs record; QueryChatappPhoneNumbers is paced at its own limit by a limiter this
// runner keeps between passes. Owns its database sessions (data, lock) and HTTP connection.
// Never throws from run(): a failure is the report. Not thread-safe.
class DiscoveryRunner {
 public:
  DiscoveryRunner(std::string conninfo, std::string schema);

  [[nodiscard]] DiscoveryReport run(const SyncEnvironment& env, const DiscoveryRequest& request);
  // Every number in the mirror (for the roster). Throws DatabaseError.
  [[nodiscard]] std::vector<KnownNumber> knownNumbers();

 private:
  void pass(const SyncEnvironment& env, const DiscoveryRequest& request, DiscoveryReport& report,
            const Log& log);
  // Why the pass is redundant (a listing ended after request.listed_since), or nullopt.
  [[nodiscard]] static std::optional<std::string> listedRecently(InventoryStore& store,
                                                                 const SyncEnvironment& env,
                                                                 const DiscoveryRequest& request);
  [[nodiscard]] std::vector<std::unique_ptr<ApiClient>> makeClients(
      const SyncEnvironment& env, const ResolvedCredentials& credentials, const Log& log,
      const DiscoveryConfig& d);
  [[nodiscard]] bool lock(const SyncEnvironment& env, const DiscoveryRequest& request);
  void unlock();

  Connection data_;
  Connection lock_session_;
  bool locked_ = false;
  bool started_record_ = false;  // this pass's discovery_runs row exists
  std::unique_ptr<CurlTransport> transport_;
  RateLimiter numbers_pace_;
};

}  // namespace cgs
