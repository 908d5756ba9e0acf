#include "sync/account_roster.h"

#include <algorithm>
#include <set>
#include <utility>

#include <fmt/format.h>

namespace cgs {

AccountRoster resolveRoster(const Config& config, const std::vector<KnownNumber>& numbers) {
  AccountRoster roster;
  roster.accounts = config.accounts;
  if (!config.discovery) return roster;
  const DiscoveryConfig& d = *config.discovery;
  std::set<std::pair<std::string, std::string>> configured;
  for (const auto& a : config.accounts) configured.emplace(a.cust_space_id, a.business_number);
  std::vector<AccountConfig> found;
  for (const auto& n : numbers) {
    if (configured.count({n.cust_space_id, n.phone_number}) > 0) continue;  // its entry wins
    const std::string name = discoveredAccountName(n.cust_space_id, n.phone_number);
    std::string reason;
    if (!n.listed) {
      reason = "no longer listed";
    } else if (!d.coversSpace(n.cust_space_id)) {
      reason = "space not in discovery.cust_space_ids";
    } else if (!d.makesAccount(n.status)) {
      reason = fmt::format("status {}", n.status.empty() ? "(none)" : n.status);
    }
    if (reason.empty()) {
      AccountConfig a = d.account;
      a.name = name;
      a.cust_space_id = n.cust_space_id;
      a.business_number = n.phone_number;
      found.push_back(std::move(a));
    } else if (n.was_account) {
      roster.retired.push_back({name, n.cust_space_id, n.phone_number, std::move(reason)});
    }
  }
  const auto by_name = [](const auto& a, const auto& b) { return a.name < b.name; };
  std::sort(found.begin(), found.end(), by_name);
  std::sort(roster.retired.begin(), roster.retired.end(), by_name);
  roster.discovered = found.size();
  for (auto& a : found) roster.accounts.push_back(std::move(a));
  return roster;
}

std::string AccountRoster::summary() const {
  return fmt::format("accounts: {} configured, {} discovered, {} retired",
                     accounts.size() - discovered, discovered, retired.size());
}

Config withRoster(Config config, const AccountRoster& roster) {
  config.accounts = roster.accounts;
  return config;
}

}  // namespace cgs
