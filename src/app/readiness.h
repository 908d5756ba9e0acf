#pragma once

#include <string>
#include <vector>

#include "common/env_lookup.h"
#include "config/config.h"

namespace cgs {

// What would stop a valid configuration from running here and now, one line each (naming the
// source, never a value): a credential set of an enabled account whose key id, secret or token
// cannot be read, a webhook secret or pseudonymization key that cannot be read, an enabled
// account still holding the example's placeholder CustSpaceId. --check-config (the unit's
// ExecStartPre) exits 2 on any, so a service that cannot sync does not start as if it could.
[[nodiscard]] std::vector<std::string> readinessProblems(const Config& config,
                                                         const EnvLookup& env);

}  // namespace cgs
