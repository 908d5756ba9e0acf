#include "config/config_loader.h"

#include <sys/stat.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <regex>
#include <set>
#include <sstream>
#include <string_view>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

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

const CredentialConfig* Config::findCredentials(const std::string& name) const {
  for (const auto& c : credentials) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

const AccountConfig* Config::findAccount(const std::string& name) const {
  for (const auto& a : accounts) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

EnvLookup processEnv() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* v = std::getenv(name.c_str());
    if (v == nullptr) return std::nullopt;
    return std::string(v);
  };
}

namespace {

using Keys = std::initializer_list<std::string_view>;

// A value from the file as it may appear in a message: quoted, at most 80 bytes, every control
// byte and every byte that is not valid UTF-8 written as \xNN (a binary file stays readable).
std::string quoted(const std::string& s) {
  constexpr std::size_t kMax = 80;
  std::string out = "\"";
  std::size_t i = 0;
  while (i < s.size() && i < kMax) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80         ? 1
                      : (c >> 5) == 6  ? 2
                      : (c >> 4) == 14 ? 3
                      : (c >> 3) == 30 ? 4
                                       : 0;
    bool valid = len > 0 && i + len <= s.size();
    for (std::size_t k = 1; valid && k < len; ++k) {
      valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    }
    if (!valid || c < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02x}", c);
      i += 1;
    } else {
      out.append(s, i, len);
      i += len;
    }
  }
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

// Walks the YAML tree, filling the structs and collecting every problem with its place.
class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  void error(const YAML::Node& at, const std::string& path, const std::string& message) {
    const YAML::Mark m = at.IsDefined() ? at.Mark() : YAML::Mark::null_mark();
    issues_.push_back(
        {file_, m.is_null() ? 0 : m.line + 1, m.is_null() ? 0 : m.column + 1, path, message});
  }
  void errorNoPlace(const std::string& path, const std::string& message) {
    issues_.push_back({file_, 0, 0, path, message});
  }

  // True when `node` is a mapping whose keys are all in `allowed`; reports the others.
  bool mapping(const YAML::Node& node, const std::string& path, Keys allowed) {
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

  static std::string join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
  }

  // A present, non-null scalar child, or nullopt (reporting a non-scalar).
  std::optional<YAML::Node> scalar(const YAML::Node& map, const char* key,
                                   const std::string& path) {
    YAML::Node n = map[key];  // copy-construct: assigning a missing key's node would throw
    if (!n.IsDefined() || n.IsNull()) return std::nullopt;
    if (!n.IsScalar()) {
      error(n, join(path, key), fmt::format("expected a single value, got {}", describe(n)));
      return std::nullopt;
    }
    return n;
  }

  bool str(const YAML::Node& map, const char* key, const std::string& path, std::string& out) {
    if (const auto n = scalar(map, key, path)) {
      out = n->Scalar();
      return true;
    }
    return false;
  }

  void integer(const YAML::Node& map, const char* key, const std::string& path, int& out, int lo,
               int hi) {
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

  void number(const YAML::Node& map, const char* key, const std::string& path, double& out,
              double lo, double hi) {
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

  void boolean(const YAML::Node& map, const char* key, const std::string& path, bool& out) {
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

  // Durations: 500ms, 30s, 10m, 1h, 90d; `min` bounds it from below.
  template <typename Out>
  void duration(const YAML::Node& map, const char* key, const std::string& path, Out& out,
                Millis min = Millis{0}) {
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

  void oneOf(const YAML::Node& map, const char* key, const std::string& path, std::string& out,
             Keys allowed) {
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

  // Every issue, in the order of the file (issues without a place last).
  std::vector<ConfigIssue> take() {
    std::stable_sort(issues_.begin(), issues_.end(), [](const auto& a, const auto& b) {
      const auto key = [](const ConfigIssue& i) {
        return std::pair(i.line == 0 ? INT_MAX : i.line, i.column);
      };
      return key(a) < key(b);
    });
    return std::move(issues_);
  }
  [[nodiscard]] bool ok() const { return issues_.empty(); }
  [[nodiscard]] const std::string& file() const { return file_; }

 private:
  // "did you mean" for a key one or two edits away from a known one.
  static std::string suggest(const std::string& key, Keys allowed) {
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

  static std::size_t editDistance(std::string_view a, std::string_view b) {
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

  std::string file_;
  std::vector<ConfigIssue> issues_;
};

bool conninfoHasPassword(const std::string& url) {
  static const std::regex kUriPw(R"(^[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@]*:[^@]+@)");
  static const std::regex kKvPw(R"((^|\s)password\s*=)");
  static const std::regex kQueryPw(R"([?&]password=)");
  return std::regex_search(url, kUriPw) || std::regex_search(url, kKvPw) ||
         std::regex_search(url, kQueryPw);
}

bool isLoopbackHost(const std::string& endpoint) {
  std::string host = endpoint;
  if (!host.empty() && host.front() == '[') {
    host = host.substr(1, host.find(']') - 1);
  } else if (const auto colon = host.rfind(':'); colon != std::string::npos) {
    host = host.substr(0, colon);
  }
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

void readDatabase(Reader& r, const YAML::Node& n, DatabaseConfig& db, const EnvLookup& env,
                  bool owner_only) {
  if (!r.mapping(n, "database", {"url", "url_env", "schema", "migrations_dir"})) return;
  const bool has_url = r.str(n, "url", "database", db.url);
  const bool has_env = r.str(n, "url_env", "database", db.url_env);
  if (has_url && has_env) {
    r.error(n["url_env"], "database.url_env", "give either url or url_env, not both");
  } else if (has_env) {
    if (auto v = env(db.url_env)) {
      db.url = *v;
    } else {
      r.error(n["url_env"], "database.url_env",
              fmt::format("environment variable {} is not set", db.url_env));
    }
  } else if (has_url && !owner_only && conninfoHasPassword(db.url)) {
    r.error(n["url"], "database.url",
            fmt::format("contains a password, but {} is readable by group or others: chmod 600 "
                        "it, or move the URL to an environment variable with url_env",
                        r.file()));
  }
  if (r.str(n, "schema", "database", db.schema)) {
    static const std::regex kIdent("[a-z_][a-z0-9_]{0,62}");
    if (!std::regex_match(db.schema, kIdent)) {
      r.error(n["schema"], "database.schema",
              fmt::format("expected a lower-case SQL identifier ([a-z_][a-z0-9_]*), got {}",
                          quoted(db.schema)));
    }
  }
  r.str(n, "migrations_dir", "database", db.migrations_dir);
}

void readApi(Reader& r, const YAML::Node& n, ApiConfig& api) {
  if (!r.mapping(n, "api",
                 {"endpoint", "scheme", "connect_timeout", "request_timeout", "max_attempts",
                  "page_size", "qps", "max_in_flight"})) {
    return;
  }
  if (r.str(n, "endpoint", "api", api.endpoint)) {
    static const std::regex kEndpoint(R"((\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?)");
    if (!std::regex_match(api.endpoint, kEndpoint)) {
      r.error(
          n["endpoint"], "api.endpoint",
          fmt::format("expected host[:port] without scheme or path, got {}", quoted(api.endpoint)));
    }
  }
  r.oneOf(n, "scheme", "api", api.scheme, {"https", "http"});
  if (api.scheme == "http" && !isLoopbackHost(api.endpoint)) {
    r.error(n["scheme"], "api.scheme",
            fmt::format("http sends signed requests in clear text; it is allowed only for a "
                        "local simulator on a loopback address, not \"{}\"",
                        api.endpoint));
  }
  r.duration(n, "connect_timeout", "api", api.connect_timeout, Millis{100});
  r.duration(n, "request_timeout", "api", api.request_timeout, Millis{100});
  r.integer(n, "max_attempts", "api", api.max_attempts, 1, 20);
  r.integer(n, "page_size", "api", api.page_size, 1, 1000);
  r.number(n, "qps", "api", api.qps, 0.1, 10000);
  r.integer(n, "max_in_flight", "api", api.max_in_flight, 1, 64);
}

void readCredentialPart(Reader& r, const YAML::Node& n, const std::string& path,
                        const std::string& part, CredentialSource& out, bool required, bool secret,
                        bool owner_only) {
  const std::string inline_key = part;
  const std::string env_key = part + "_env";
  const std::string file_key = part + "_file";
  std::string inline_value;
  int sources = 0;
  if (r.str(n, inline_key.c_str(), path, inline_value)) {
    ++sources;
    if (secret && !owner_only) {
      r.error(n[inline_key], Reader::join(path, inline_key),
              fmt::format("an inline secret needs a file that only its owner can read, and {} is "
                          "readable by group or others: chmod 600 it, or use {} or {}",
                          r.file(), env_key, file_key));
    }
    out.inline_value = Secret(inline_value);
  }
  if (r.str(n, env_key.c_str(), path, out.env)) ++sources;
  if (r.str(n, file_key.c_str(), path, out.file)) ++sources;
  if (sources > 1) {
    r.error(n, path, fmt::format("give one of {}, {} or {}", inline_key, env_key, file_key));
  } else if (sources == 0 && required) {
    r.error(n, path, fmt::format("missing {} (or {} / {})", env_key, inline_key, file_key));
  }
}

CredentialConfig defaultCredentials() {
  CredentialConfig c;
  c.name = "default";
  c.access_key_id.env = "ALIBABA_CLOUD_ACCESS_KEY_ID";
  c.access_key_secret.env = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
  c.security_token.env = "ALIBABA_CLOUD_SECURITY_TOKEN";
  return c;
}

void readCredentials(Reader& r, const YAML::Node& n, std::vector<CredentialConfig>& out,
                     bool owner_only) {
  if (!n.IsMap()) {
    r.error(n, "credentials", fmt::format("expected a mapping of named sets, got {}", describe(n)));
    return;
  }
  static const std::regex kName("[a-z0-9_-]+");
  for (const auto& kv : n) {
    CredentialConfig c;
    c.name = kv.first.Scalar();
    const std::string path = "credentials." + c.name;
    if (!std::regex_match(c.name, kName)) {
      r.error(kv.first, path, "a credential set name must match [a-z0-9_-]+");
    }
    const YAML::Node& body = kv.second;
    if (!r.mapping(body, path,
                   {"access_key_id", "access_key_id_env", "access_key_id_file", "access_key_secret",
                    "access_key_secret_env", "access_key_secret_file", "security_token",
                    "security_token_env", "security_token_file"})) {
      continue;
    }
    readCredentialPart(r, body, path, "access_key_id", c.access_key_id, true, false, owner_only);
    readCredentialPart(r, body, path, "access_key_secret", c.access_key_secret, true, true,
                       owner_only);
    readCredentialPart(r, body, path, "security_token", c.security_token, false, true, owner_only);
    out.push_back(std::move(c));
  }
}

void readSchedule(Reader& r, const YAML::Node& n, ScheduleConfig& s) {
  if (!r.mapping(n, "schedule", {"interval", "jitter", "concurrency"})) return;
  r.duration(n, "interval", "schedule", s.interval, Millis{1000});
  r.duration(n, "jitter", "schedule", s.jitter);
  r.integer(n, "concurrency", "schedule", s.concurrency, 1, 64);
}

// `credential_set_exists` says whether a set of that name is configured (credentials are read
// first), so a dangling reference is reported at the account's own node.
void readAccounts(Reader& r, const YAML::Node& n, std::vector<AccountConfig>& out,
                  const std::function<bool(const std::string&)>& credential_set_exists) {
  if (!n.IsSequence()) {
    r.error(n, "accounts", fmt::format("expected a list of accounts, got {}", describe(n)));
    return;
  }
  static const std::regex kName("[a-z0-9_-]+");
  std::vector<std::pair<std::string, YAML::Node>> names;
  for (std::size_t i = 0; i < n.size(); ++i) {
    const YAML::Node& a = n[i];
    const std::string path = fmt::format("accounts[{}]", i);
    AccountConfig acc;
    if (!r.mapping(a, path,
                   {"name", "cust_space_id", "business_number", "credentials", "channel_type",
                    "group_status", "subject", "interval", "enabled"})) {
      continue;
    }
    if (!r.str(a, "name", path, acc.name)) {
      r.error(a, path + ".name", "missing (every account needs a unique name)");
    } else if (!std::regex_match(acc.name, kName)) {
      r.error(a["name"], path + ".name",
              fmt::format("must match [a-z0-9_-]+, got {}", quoted(acc.name)));
    } else {
      for (const auto& [other, node] : names) {
        if (other == acc.name) {
          const YAML::Mark m = node.Mark();
          r.error(a["name"], path + ".name",
                  fmt::format("duplicate account name \"{}\" (first defined at line {})", acc.name,
                              m.line + 1));
          break;
        }
      }
      names.emplace_back(acc.name, a["name"]);
    }
    if (!r.str(a, "cust_space_id", path, acc.cust_space_id) || acc.cust_space_id.empty()) {
      r.error(a, path + ".cust_space_id", "missing (the CAMS CustSpaceId, e.g. cams-x123)");
    }
    if (!r.str(a, "business_number", path, acc.business_number) || acc.business_number.empty()) {
      r.error(a, path + ".business_number", "missing (the WhatsApp business number)");
    }
    r.str(a, "credentials", path, acc.credentials);
    r.oneOf(a, "channel_type", path, acc.channel_type, {"WHATSAPP"});
    r.oneOf(a, "group_status", path, acc.group_status,
            {"ACTIVE", "INACTIVE", "SUSPENDED", "CREATING", "DELETING", "UPDATING"});
    r.str(a, "subject", path, acc.subject);
    if (r.scalar(a, "interval", path)) {
      Millis interval{-1};
      r.duration(a, "interval", path, interval, Millis{1000});
      if (interval >= Millis{1000}) acc.interval = interval;
    }
    r.boolean(a, "enabled", path, acc.enabled);
    if (!credential_set_exists(acc.credentials)) {
      r.error(
          a["credentials"] ? a["credentials"] : a, path + ".credentials",
          fmt::format("no credential set named {} under credentials:", quoted(acc.credentials)));
    }
    out.push_back(std::move(acc));
  }
}

void readLogging(Reader& r, const YAML::Node& n, LoggingConfig& l) {
  if (!r.mapping(n, "logging", {"level", "format", "file", "max_file_size_mb", "max_files"}))
    return;
  r.oneOf(n, "level", "logging", l.level, {"trace", "debug", "info", "warn", "error"});
  r.oneOf(n, "format", "logging", l.format, {"text", "json"});
  r.str(n, "file", "logging", l.file);
  r.integer(n, "max_file_size_mb", "logging", l.max_file_size_mb, 1, 10240);
  r.integer(n, "max_files", "logging", l.max_files, 1, 1000);
}

}  // namespace

Config parseConfig(const std::string& text, const std::string& path, bool owner_only,
                   const EnvLookup& env) {
  Reader r(path);
  YAML::Node loaded;
  try {
    loaded = YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {
    throw ConfigError({{path, e.mark.line + 1, e.mark.column + 1, "",
                        fmt::format("nested deeper than {} levels", e.depth())}});
  } catch (const YAML::Exception& e) {
    throw ConfigError({{path, e.mark.is_null() ? 0 : e.mark.line + 1,
                        e.mark.is_null() ? 0 : e.mark.column + 1, "", e.msg}});
  }
  const YAML::Node root = loaded;  // const: lookups of absent keys must not insert them
  Config cfg;
  cfg.path = path;
  if (root.IsNull()) throw ConfigError({{path, 0, 0, "", "the file is empty"}});
  if (r.mapping(root, "",
                {"database", "api", "credentials", "schedule", "accounts", "logging", "safety",
                 "retention", "metrics"})) {
    if (root["database"]) readDatabase(r, root["database"], cfg.database, env, owner_only);
    if (root["api"]) readApi(r, root["api"], cfg.api);
    if (root["credentials"]) readCredentials(r, root["credentials"], cfg.credentials, owner_only);
    if (cfg.findCredentials("default") == nullptr) cfg.credentials.push_back(defaultCredentials());
    if (root["schedule"]) readSchedule(r, root["schedule"], cfg.schedule);
    if (root["accounts"]) {
      readAccounts(r, root["accounts"], cfg.accounts, [&cfg](const std::string& name) {
        return cfg.findCredentials(name) != nullptr;
      });
    }
    if (cfg.accounts.empty() && r.ok()) {
      r.error(root, "accounts", "no accounts configured: add at least one under accounts:");
    }
    if (const auto& n = root["logging"]) readLogging(r, n, cfg.logging);
    if (const auto& n = root["safety"]; n && r.mapping(n, "safety", {"max_removal_share"})) {
      r.number(n, "max_removal_share", "safety", cfg.safety.max_removal_share, 0, 1);
    }
    if (const auto& n = root["retention"]; n && r.mapping(n, "retention", {"runs", "changes"})) {
      r.duration(n, "runs", "retention", cfg.retention.runs);
      r.duration(n, "changes", "retention", cfg.retention.changes);
    }
    if (const auto& n = root["metrics"]; n && r.mapping(n, "metrics", {"listen"})) {
      if (r.str(n, "listen", "metrics", cfg.metrics.listen) && !cfg.metrics.listen.empty()) {
        static const std::regex kListen(R"((\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):[0-9]{1,5})");
        if (!std::regex_match(cfg.metrics.listen, kListen)) {
          r.error(n["listen"], "metrics.listen",
                  fmt::format("expected HOST:PORT, got {}", quoted(cfg.metrics.listen)));
        }
      }
    }
  }
  if (!r.ok()) throw ConfigError(r.take());
  return cfg;
}

Config loadConfig(const std::string& path, const EnvLookup& env) {
  constexpr off_t kMaxBytes = 4 << 20;  // far beyond any real configuration
  const auto fail = [&](const std::string& why) { return ConfigError({{path, 0, 0, "", why}}); };
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    throw fail(fmt::format("cannot read: {}", std::strerror(errno)));
  if (!S_ISREG(st.st_mode)) throw fail("cannot read: not a regular file");
  if (st.st_size > kMaxBytes) {
    throw fail(
        fmt::format("the file is {} bytes; a configuration is at most {}", st.st_size, kMaxBytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw fail(fmt::format("cannot read: {}", std::strerror(errno)));
  std::ostringstream text;
  text << in.rdbuf();
  const bool owner_only = (st.st_mode & 077) == 0;
  return parseConfig(text.str(), path, owner_only, env);
}

}  // namespace cgs
