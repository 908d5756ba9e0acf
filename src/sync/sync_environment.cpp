#include "sync/sync_environment.h"

namespace cgs {

std::map<std::string, std::shared_ptr<RateLimiter>> SyncEnvironment::limitersFor(
    const Config& config, SharedQuota& quota,
    const std::map<std::string, std::shared_ptr<RateLimiter>>& previous) {
  std::map<std::string, std::shared_ptr<RateLimiter>> out;
  for (const auto& c : config.credentials) {
    const auto it = previous.find(c.name);
    if (it != previous.end() && it->second->configuredRate() == config.api.qps) {
      out[c.name] = it->second;
    } else {
      out[c.name] = std::make_shared<RateLimiter>(config.api.qps, quota.ledger(c.name));
    }
  }
  return out;
}

std::unique_ptr<ApiClient> SyncEnvironment::apiClient(HttpTransport& transport,
                                                      const std::string& credentials_name,
                                                      const ResolvedCredentials& credentials,
                                                      const Log& client_log) const {
  ApiClientOptions o;
  o.host = config->api.endpoint;
  o.max_attempts = config->api.max_attempts;
  o.page_deadline = config->api.request_timeout * config->api.max_attempts + Millis{60'000};
  return std::make_unique<ApiClient>(transport, *limiters.at(credentials_name), credentials, *clock,
                                     *random, *stop, o, client_log);
}

}  // namespace cgs
