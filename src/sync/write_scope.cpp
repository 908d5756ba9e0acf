#include "sync/write_scope.h"

namespace cgs {

WriteScope writeScopeOf(const Config& config, const AccountConfig& account,
                        const std::string& run_id, int schema_version) {
  WriteScope scope{
      run_id, account.name, account.cust_space_id, account.business_number, schema_version, {}};
  for (const auto& w : config.webhooks) {
    if (w.covers(account.name)) scope.webhooks.push_back({w.name, w.events});
  }
  return scope;
}

}  // namespace cgs
