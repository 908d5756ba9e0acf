#pragma once

#include <string>
#include <vector>

#include "config/config.h"

namespace cgs {

// What a valid configuration does that an operator may not mean, one sentence each: a metrics
// port open beyond this machine, a group_status filter (a status change out of it reads as a
// removal), member numbers stored in the clear. --check-config prints them;
// the daemon and --once log each once at start.
[[nodiscard]] std::vector<std::string> configWarnings(const Config& config);

}  // namespace cgs
