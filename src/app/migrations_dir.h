#pragma once

#include <string>

#include "config/config.h"

namespace cgs {

// Where the migrations are: database.migrations_dir when set, else the installed
// share/cams-groupsync/migrations, else (a build that was not installed) the source tree's.
[[nodiscard]] std::string migrationsDirFor(const DatabaseConfig& database);

}  // namespace cgs
