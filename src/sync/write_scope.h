#pragma once

#include <string>

#include "config/config.h"
#include "store/mirror_write.h"

namespace cgs {

// What one run of `account` writes under: the run, the account, the schema version this binary
// knows, and the configured webhooks that take the account's events (with the change types each
// takes).
[[nodiscard]] WriteScope writeScopeOf(const Config& config, const AccountConfig& account,
                                      const std::string& run_id, int schema_version);

// What a discovery pass writes under: the pass (as run and account, kDiscoveryName), and the
// webhooks that take the numbers' events, each with the spaces of the accounts it lists (none:
// every space).
[[nodiscard]] WriteScope discoveryWriteScope(const Config& config, const std::string& run_id,
                                             int schema_version);

}  // namespace cgs
