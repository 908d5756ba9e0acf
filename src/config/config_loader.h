#pragma once

#include <functional>
#include <optional>
#include <string>

#include "config/config.h"
#include "config/config_error.h"

namespace cgs {

// Reads an environment variable; injected so tests need not touch the process environment.
using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;
[[nodiscard]] EnvLookup processEnv();

// Loads and validates a whole configuration file. Throws ConfigError listing every problem, each
// with file:line:column and key path. Unknown keys, bad durations, duplicate account names,
// dangling credential references and inline secrets in a file readable by others are all errors.
// Credentials are not resolved here (see credentials.h): a missing variable is a per-account
// failure at sync time, so a config can be checked on a machine without the secrets.
[[nodiscard]] Config loadConfig(const std::string& path, const EnvLookup& env);

// Same, from text already in memory; `path` names it in messages. `owner_only` says whether the
// file may hold inline secrets (its mode grants nothing to group or others).
[[nodiscard]] Config parseConfig(const std::string& text, const std::string& path, bool owner_only,
                                 const EnvLookup& env);

}  // namespace cgs
