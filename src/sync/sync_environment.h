#pragma once

#include <map>
#include <memory>
#include <string>

#include "cams/api_client.h"
#include "cams/http_transport.h"
#include "cams/rate_limiter.h"
#include "cams/resolved_credentials.h"
#include "common/env_lookup.h"
#include "config/config.h"
#include "logging/log.h"
#include "logging/redactor.h"
#include "runtime/clock.h"
#include "runtime/random.h"
#include "runtime/stop_signal.h"
#include "store/shared_quota.h"
#include "sync/run_observer.h"
#include "sync/unrecorded_runs.h"

namespace cgs {

// What every account run shares: the configuration in force, one rate limiter per credential set
// (the quota is per Alibaba Cloud account, whichever of our accounts or replicas spends it), and
// the process's clock, randomness, stop signal, log and secret redactor.
struct SyncEnvironment {
  std::shared_ptr<const Config> config;
  std::map<std::string, std::shared_ptr<RateLimiter>> limiters;  // by credential set name
  Clock* clock = nullptr;
  Random* random = nullptr;
  const StopSignal* stop = nullptr;
  Log log;
  std::shared_ptr<Redactor> redactor;
  EnvLookup env;
  std::string host;  // this replica, for sync_runs.host
  int pid = 0;
  int schema_version = 0;  // the latest migration this binary knows (latestVersion of its files)
  RunObserver* observer = nullptr;  // metrics; may be null
  // Shared by every copy of the environment (a reload keeps it).
  std::shared_ptr<UnrecordedRuns> unrecorded = std::make_shared<UnrecordedRuns>();

  // Limiters for a (new) config, each drawing on `quota`'s ledger of its credential set (the
  // quota every replica shares), reusing those whose credential set and qps did not change so a
  // reload does not reset pacing.
  static std::map<std::string, std::shared_ptr<RateLimiter>> limitersFor(
      const Config& config, SharedQuota& quota,
      const std::map<std::string, std::shared_ptr<RateLimiter>>& previous);

  // A client on `transport`, paced by the limiter of the credential set named `credentials_name`,
  // with the configured endpoint, attempts and page deadline.
  [[nodiscard]] std::unique_ptr<ApiClient> apiClient(HttpTransport& transport,
                                                     const std::string& credentials_name,
                                                     const ResolvedCredentials& credentials,
                                                     const Log& client_log) const;
};

}  // namespace cgs
