#include "config/config_error.h"

#include <fmt/format.h>

namespace cgs {

std::string ConfigIssue::format() const {
  std::string where = file;
  if (line > 0) where += fmt::format(":{}:{}", line, column);
  if (key_path.empty()) return fmt::format("{}: {}", where, message);
  return fmt::format("{}: {}: {}", where, key_path, message);
}

namespace {

std::string joinIssues(const std::vector<ConfigIssue>& issues) {
  std::string out;
  for (const auto& i : issues) {
    if (!out.empty()) out += '\n';
    out += i.format();
  }
  return out;
}

}  // namespace

ConfigError::ConfigError(std::vector<ConfigIssue> issues)
    : std::runtime_error(joinIssues(issues)), issues_(std::move(issues)) {}

}  // namespace cgs
