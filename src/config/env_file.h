#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config/config_error.h"

namespace cgs {

// An environment file in systemd's EnvironmentFile= syntax (the unit's
// /etc/cams-groupsync/environment), so that an admin command sees the variables the service sees.
//
// One NAME=VALUE per line; blank lines and lines starting with # or ; are skipped; whitespace
// around NAME and before VALUE is dropped. VALUE is 'single-quoted' (literal), "double-quoted"
// (\" \\ \$ \` escaped, a backslash before a line break continues the line) or bare (trailing
// whitespace dropped, a backslash escapes the next character or continues the line). Stricter than
// systemd where it would silently skip: a line without '=', a name that is not
// [A-Za-z_][A-Za-z0-9_]* or an unterminated quote is an error naming file:line:column (never the
// value).
using EnvAssignments = std::vector<std::pair<std::string, std::string>>;

// Throws ConfigError with every problem found.
[[nodiscard]] EnvAssignments parseEnvFile(std::string_view text, const std::string& path);

// Reads and parses the file, then sets each variable in the process environment (replacing what
// was there: the file is what the service sees). The file holds secrets (the database password):
// it must be a regular file of at most 64 KiB that grants nothing to group or others. Call it
// before any thread starts (setenv). Throws ConfigError.
void applyEnvFile(const std::string& path);

}  // namespace cgs
