#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cgs {

// One statement of a SQL script, and the 1-based line of the script it starts on.
struct SqlStatement {
  std::string text;
  int line = 1;
};

// Splits a script at the semicolons that end statements: not those inside '...' strings,
// "..." identifiers, $tag$...$tag$ bodies, -- comments or /* */ comments (nested, as PostgreSQL
// has them). Statements that hold only white space and comments are dropped. Pure; the migrator
// runs a migration statement by statement so a failure can name the one that failed.
[[nodiscard]] std::vector<SqlStatement> splitSqlScript(std::string_view script);

}  // namespace cgs
