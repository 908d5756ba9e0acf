#pragma once

#include <string>

#include "config/config.h"

namespace cgs {

// A human summary of a validated config for --check-config: database (password redacted), API
// settings, credential sets by source (never values) and each account with its filters.
[[nodiscard]] std::string summarizeConfig(const Config& config);

}  // namespace cgs
