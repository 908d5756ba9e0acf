#pragma once

#include <string>

#include "common/env_lookup.h"
#include "config/config.h"
#include "config/config_error.h"

namespace cgs {

// Loads and validates a whole configuration file. Throws ConfigError listing every problem, each
// with file:line:column and key path. Unknown keys, bad durations, duplicate account names,
// dangling credential references and inline secrets in a file readable by others are all errors.
// Credentials are not resolved here (see sync/credentials.h): a missing variable is a per-account
// failure at sync time, so a config can be checked on a machine without the secrets. The file
// must be a regular file of at most 4 MiB (config_file.cpp).
[[nodiscard]] Config loadConfig(const std::string& path, const EnvLookup& env);

// Same, from text already in memory; `path` names it in messages. `owner_only` says whether the
// file may hold inline secrets (its mode grants nothing to group or others).
[[nodiscard]] Config parseConfig(const std::string& text, const std::string& path, bool owner_only,
                                 const EnvLookup& env);

}  // namespace cgs
