#pragma once

#include <functional>
#include <optional>
#include <string>

namespace cgs {

// Reads an environment variable; injected so tests need not touch the process environment.
using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;

// The process environment (std::getenv). Thread-safe as long as nobody calls setenv.
[[nodiscard]] EnvLookup processEnv();

}  // namespace cgs
