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

}  // namespace cgs
