#include "config/yaml_reader.h"

#include <algorithm>
#include <climits>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "common/printable.h"

namespace cgs {
namespace {

using Keys = YamlReader::Keys;

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// "did you mean" for a key one or two edits away from a known one.
std::string suggest(const std::string& key, Keys allowed) {
  std::string best;
  std::size_t best_d = 3;
  for (auto a : allowed) {
    const std::size_t d = editDistance(key, a);
    if (d < best_d) {
      best_d = d;
      best = std::string(a);
    }
  }
  std::string list;
  for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  if (!best.empty()) return fmt::format(" (did you mean \"{}\"?)", best);
  return fmt::format(" (expected one of: {})", list);
}

}  // namespace

// A value from the file as it may appear in a message: quoted, at most 80 bytes, every control
// byte and every byte that is not valid UTF-8 written as \xNN (a binary file stays readable).
std::string quoted(const std::string& s) {
  std::string out = "\"";
  const std::size_t i = appendPrintable(out, s, 80);
  out += '"';
  if (i < s.size()) out += fmt::format(" (and {} more bytes)", s.size() - i);
  return out;
}

std::string describe(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Null:
      return "nothing";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping";
    default:
      return quoted(n.Scalar());
  }
}

void YamlReader::error(const YAML::Node& at, const std::string& path, const std::string& message) {
  const YAML::Mark m = at.IsDefined() ? at.Mark() : YAML::Mark::null_mark();
  issues_.push_back(
      {file_, m.is_null() ? 0 : m.line + 1, m.is_null() ? 0 : m.column + 1, path, message});
}
bool YamlReader::mapping(const YAML::Node& node, const std::string& path, Keys allowed) {
  if (!node.IsMap()) {
    error(node, path, fmt::format("expected a mapping, got {}", describe(node)));
    return false;
  }
  std::set<std::string> seen;
  for (const auto& kv : node) {
    const std::string key = kv.first.Scalar();
    const std::string key_path = join(path, key);
    bool known = false;
    for (auto a : allowed) known = known || a == key;
    if (!known) {
      error(kv.first, key_path,
            fmt::format("unknown key {}{}", quoted(key), suggest(key, allowed)));
    } else if (!seen.insert(key).second) {
      error(kv.first, key_path, "duplicate key");
    }
  }
  return true;
}

std::string YamlReader::join(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
}

// A present, non-null scalar child, or nullopt (reporting a non-scalar).
std::optional<YAML::Node> YamlReader::scalar(const YAML::Node& map, const char* key,
                                             const std::string& path) {
  YAML::Node n = map[key];  // copy-construct: assigning a missing key's node would throw
  if (!n.IsDefined() || n.IsNull()) return std::nullopt;
  if (!n.IsScalar()) {
    error(n, join(path, key), fmt::format("expected a single value, got {}", describe(n)));
    return std::nullopt;
  }
  return n;
}

bool YamlReader::str(const YAML::Node& map, const char* key, const std::string& path,
                     std::string& out) {
  if (const auto n = scalar(map, key, path)) {
    out = n->Scalar();
    return true;
  }
  return false;
}

void YamlReader::integer(const YAML::Node& map, const char* key, const std::string& path, int& out,
                         int lo, int hi) {
  const auto n = scalar(map, key, path);
  if (!n) return;
  static const std::regex kInt(R"(-?[0-9]{1,9})");
  if (!std::regex_match(n->Scalar(), kInt)) {
    error(*n, join(path, key), fmt::format("expected a whole number, got {}", describe(*n)));
    return;
  }
  const int v = std::stoi(n->Scalar());
  if (v < lo || v > hi) {
    error(*n, join(path, key), fmt::format("must be between {} and {}, got {}", lo, hi, v));
    return;
  }
  out = v;
}

void YamlReader::number(const YAML::Node& map, const char* key, const std::string& path,
                        double& out, double lo, double hi) {
  const auto n = scalar(map, key, path);
  if (!n) return;
  static const std::regex kNum(R"(-?[0-9]+(\.[0-9]+)?)");
  if (!std::regex_match(n->Scalar(), kNum)) {
    error(*n, join(path, key), fmt::format("expected a number, got {}", describe(*n)));
    return;
  }
  const double v = std::stod(n->Scalar());
  if (v < lo || v > hi) {
    error(*n, join(path, key),
          fmt::format("must be between {} and {}, got {}", lo, hi, quoted(n->Scalar())));
    return;
  }
  out = v;
}

void YamlReader::boolean(const YAML::Node& map, const char* key, const std::string& path,
                         bool& out) {
  const auto n = scalar(map, key, path);
  if (!n) return;
  const std::string& s = n->Scalar();
  if (s == "true") {
    out = true;
  } else if (s == "false") {
    out = false;
  } else {
    error(*n, join(path, key), fmt::format("expected true or false, got {}", describe(*n)));
  }
}

void YamlReader::duration(const YAML::Node& map, const char* key, const std::string& path,
                          Millis& out, Millis min) {
  const auto n = scalar(map, key, path);
  if (!n) return;
  const auto d = parseDuration(n->Scalar());
  if (!d) {
    error(*n, join(path, key), fmt::format("expected a duration like 30s, got {}", describe(*n)));
    return;
  }
  if (*d < min) {
    error(*n, join(path, key),
          fmt::format("must be at least {}, got {}", formatDuration(min), quoted(n->Scalar())));
    return;
  }
  out = *d;
}

void YamlReader::oneOf(const YAML::Node& map, const char* key, const std::string& path,
                       std::string& out, Keys allowed) {
  const auto n = scalar(map, key, path);
  if (!n) return;
  for (auto a : allowed) {
    if (n->Scalar() == a) {
      out = n->Scalar();
      return;
    }
  }
  std::string list;
  for (auto a : allowed) list += (list.empty() ? "" : "|") + std::string(a);
  error(*n, join(path, key), fmt::format("expected one of {}, got {}", list, describe(*n)));
}

bool YamlReader::strings(const YAML::Node& map, const char* key, const std::string& path,
                         std::vector<std::string>& out, bool allow_empty) {
  const YAML::Node n = map[key];
  if (!n) return false;
  const std::string at = join(path, key);
  if (!n.IsSequence() || (n.size() == 0 && !allow_empty)) {
    error(n, at,
          fmt::format("expected a {}list, got {}", allow_empty ? "" : "non-empty ", describe(n)));
    return false;
  }
  std::vector<std::string> items;
  bool ok = true;
  for (const auto& item : n) {
    if (!item.IsScalar()) {
      error(item, at, fmt::format("expected a name, got {}", describe(item)));
      ok = false;
      continue;
    }
    items.push_back(item.Scalar());
  }
  if (ok) out = std::move(items);
  return ok;
}

// Every issue, in the order of the file (issues without a place last).
std::vector<ConfigIssue> YamlReader::take() {
  std::stable_sort(issues_.begin(), issues_.end(), [](const auto& a, const auto& b) {
    const auto key = [](const ConfigIssue& i) {
      return std::pair(i.line == 0 ? INT_MAX : i.line, i.column);
    };
    return key(a) < key(b);
  });
  return std::move(issues_);
}

}  // namespace cgs
