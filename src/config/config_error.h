#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace cgs {

// One problem in a configuration file, located like a compiler diagnostic.
struct ConfigIssue {
  std::string file;
  int line = 0;          // 1-based; 0 when the problem has no place in the file
  int column = 0;        // 1-based
  std::string key_path;  // accounts[2].interval
  std::string message;

  // "file:line:column: key_path: message"
  [[nodiscard]] std::string format() const;
};

// Thrown by loadConfig with every problem found in the file, not just the first.
class ConfigError : public std::runtime_error {
 public:
  explicit ConfigError(std::vector<ConfigIssue> issues);
  [[nodiscard]] const std::vector<ConfigIssue>& issues() const { return issues_; }

 private:
  std::vector<ConfigIssue> issues_;
};

}  // namespace cgs
