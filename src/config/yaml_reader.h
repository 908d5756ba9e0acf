#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "common/duration.h"
#include "config/config_error.h"

namespace cgs {

// A generic reader of a YAML tree into plain values that collects every problem with its place
// (file:line:column and key path) instead of stopping at the first. It knows nothing of the
// configuration's sections: those are read with it in section_readers.h. Not thread-safe.
class YamlReader {
 public:
  using Keys = std::initializer_list<std::string_view>;

  explicit YamlReader(std::string file) : file_(std::move(file)) {}

  void error(const YAML::Node& at, const std::string& path, const std::string& message);

  // True when `node` is a mapping whose keys are all in `allowed`; reports the others (with
  // "did you mean" for a near miss) and duplicate keys.
  bool mapping(const YAML::Node& node, const std::string& path, Keys allowed);

  // A present, non-null scalar child, or nullopt (reporting a non-scalar).
  std::optional<YAML::Node> scalar(const YAML::Node& map, const char* key, const std::string& path);

  // Each reader leaves `out` untouched when the key is absent or its value is refused.
  bool str(const YAML::Node& map, const char* key, const std::string& path, std::string& out);
  void integer(const YAML::Node& map, const char* key, const std::string& path, int& out, int lo,
               int hi);
  void number(const YAML::Node& map, const char* key, const std::string& path, double& out,
              double lo, double hi);
  void boolean(const YAML::Node& map, const char* key, const std::string& path, bool& out);
  // Durations: 500ms, 30s, 10m, 1h, 90d; `min` bounds it from below.
  void duration(const YAML::Node& map, const char* key, const std::string& path, Millis& out,
                Millis min = Millis{0});
  void oneOf(const YAML::Node& map, const char* key, const std::string& path, std::string& out,
             Keys allowed);
  // A list of scalars (replacing `out`); false when absent or refused. An empty list is refused
  // unless `allow_empty`.
  bool strings(const YAML::Node& map, const char* key, const std::string& path,
               std::vector<std::string>& out, bool allow_empty);

  // Every issue, in the order of the file (issues without a place last).
  [[nodiscard]] std::vector<ConfigIssue> take();
  [[nodiscard]] bool ok() const { return issues_.empty(); }
  [[nodiscard]] const std::string& file() const { return file_; }

  static std::string join(const std::string& path, std::string_view key);

 private:
  std::string file_;
  std::vector<ConfigIssue> issues_;
};

// A value from the file as it may appear in a message: quoted, at most 80 bytes, every control
// byte and every byte that is not valid UTF-8 written as \xNN (a binary file stays readable).
[[nodiscard]] std::string quoted(const std::string& s);

// "nothing", "a list", "a mapping" or the quoted scalar: what a node is, for messages.
[[nodiscard]] std::string describe(const YAML::Node& n);

}  // namespace cgs
