#include "sync/write_scope.h"

#include "store/inventory_store.h"
#include "sync/resource_step.h"

namespace cgs {

namespace {

// The events of `w` that `resource`s record (the registry's resource names).
std::vector<std::string> eventsOf(const WebhookConfig& w,
                                  std::initializer_list<std::string_view> resources) {
  std::vector<std::string> out;
  for (const auto& e : w.events) {
    const auto type = changeTypeNamed(e);
    if (!type) continue;
    const std::string_view resource = changeTypeInfo(*type).resource;
    for (auto r : resources) {
      if (r == resource) out.push_back(e);
    }
  }
  return out;
}

}  // namespace

WriteScope writeScopeOf(const Config& config, const AccountConfig& account,
                        const std::string& run_id, int schema_version) {
  WriteScope scope{
      run_id, account.name, account.cust_space_id, account.business_number, schema_version, {}};
  for (const auto& w : config.webhooks) {
    auto events =
        eventsOf(w, {resourceName(ResourceKind::kGroups), resourceName(ResourceKind::kMembers)});
    if (w.covers(account.name) && !events.empty()) {
      scope.webhooks.push_back({w.name, std::move(events), {}});
    }
  }
  return scope;
}

WriteScope discoveryWriteScope(const Config& config, const std::string& run_id,
                               int schema_version) {
  WriteScope scope{run_id, std::string(kDiscoveryName), "", "", schema_version, {}};
  for (const auto& w : config.webhooks) {
    auto events = eventsOf(w, {resourceName(ResourceKind::kNumbers)});
    if (events.empty()) continue;
    std::vector<std::string> spaces;
    for (const auto& name : w.accounts) {
      if (const AccountConfig* a = config.findAccount(name)) spaces.push_back(a->cust_space_id);
    }
    scope.webhooks.push_back({w.name, std::move(events), std::move(spaces)});
  }
  return scope;
}

}  // namespace cgs
