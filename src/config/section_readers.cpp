#include <optional>
#include <regex>

#include <fmt/format.h>

#include "common/conninfo.h"
#include "common/loopback.h"
#include "config/section_readers.h"

namespace cgs {

namespace {

std::optional<std::string> schemaNameProblem(const std::string& name) {
  // Every statement quotes the name, so any identifier PostgreSQL accepts will do ("Mirror-1"
  // too); pg_ names are reserved for its system schemas.
  if (name.empty() || name.size() > 63) return "expected a schema name of 1 to 63 bytes";
  for (const unsigned char ch : name) {
    if (ch < 0x20 || ch == 0x7f) return "a schema name cannot hold control characters";
  }
  if (name.rfind("pg_", 0) == 0) return "names starting with pg_ are reserved by PostgreSQL";
  return std::nullopt;
}

}  // namespace

void readDatabase(YamlReader& r, const YAML::Node& n, DatabaseConfig& db, const EnvLookup& env,
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
  } else if (has_url && !owner_only && conninfoPassword(db.url)) {
    r.error(n["url"], "database.url",
            fmt::format("contains a password, but {} is readable by group or others: chmod 600 "
                        "it, or move the URL to an environment variable with url_env",
                        r.file()));
  }
  if (r.str(n, "schema", "database", db.schema)) {
    if (const auto problem = schemaNameProblem(db.schema)) {
      r.error(n["schema"], "database.schema",
              fmt::format("{}, got {}", *problem, quoted(db.schema)));
    }
  }
  r.str(n, "migrations_dir", "database", db.migrations_dir);
}

void readApi(YamlReader& r, const YAML::Node& n, ApiConfig& api) {
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

void readSchedule(YamlReader& r, const YAML::Node& n, ScheduleConfig& s) {
  if (!r.mapping(n, "schedule", {"interval", "jitter", "concurrency"})) return;
  r.duration(n, "interval", "schedule", s.interval, Millis{1000});
  r.duration(n, "jitter", "schedule", s.jitter);
  r.integer(n, "concurrency", "schedule", s.concurrency, 1, 64);
}

void readLogging(YamlReader& r, const YAML::Node& n, LoggingConfig& l) {
  if (!r.mapping(n, "logging", {"level", "format", "file", "max_file_size_mb", "max_files"}))
    return;
  r.oneOf(n, "level", "logging", l.level, {"trace", "debug", "info", "warn", "error"});
  r.oneOf(n, "format", "logging", l.format, {"text", "json"});
  r.str(n, "file", "logging", l.file);
  r.integer(n, "max_file_size_mb", "logging", l.max_file_size_mb, 1, 10240);
  r.integer(n, "max_files", "logging", l.max_files, 1, 1000);
}

void readSafety(YamlReader& r, const YAML::Node& n, SafetyConfig& s) {
  if (!r.mapping(n, "safety", {"max_removal_share"})) return;
  r.number(n, "max_removal_share", "safety", s.max_removal_share, 0, 1);
}

void readRetention(YamlReader& r, const YAML::Node& n, RetentionConfig& retention) {
  if (!r.mapping(n, "retention",
                 {"runs", "changes", "deliveries", "dead_deliveries", "left_members"})) {
    return;
  }
  r.duration(n, "runs", "retention", retention.runs);
  r.duration(n, "changes", "retention", retention.changes);
  r.duration(n, "deliveries", "retention", retention.deliveries);
  r.duration(n, "dead_deliveries", "retention", retention.dead_deliveries);
  r.duration(n, "left_members", "retention", retention.left_members);
}

void readParticipants(YamlReader& r, const YAML::Node& n, ParticipantsConfig& p) {
  if (!r.mapping(
          n, "participants",
          {"refresh", "max_requests_per_run", "pseudonymize_key_env", "pseudonymize_key_file"})) {
    return;
  }
  r.duration(n, "refresh", "participants", p.refresh, Millis{60'000});
  r.integer(n, "max_requests_per_run", "participants", p.max_requests_per_run, 0, 1'000'000);
  const bool env = r.str(n, "pseudonymize_key_env", "participants", p.pseudonymize_key.env);
  const bool file = r.str(n, "pseudonymize_key_file", "participants", p.pseudonymize_key.file);
  if (env && file) {
    r.error(n["pseudonymize_key_file"], "participants.pseudonymize_key_file",
            "give either pseudonymize_key_env or pseudonymize_key_file, not both");
  }
}

void readMetrics(YamlReader& r, const YAML::Node& n, MetricsConfig& m) {
  if (!r.mapping(n, "metrics", {"listen"})) return;
  if (!r.str(n, "listen", "metrics", m.listen) || m.listen.empty()) return;
  static const std::regex kListen(R"((\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):[0-9]{1,5})");
  if (!std::regex_match(m.listen, kListen)) {
    r.error(n["listen"], "metrics.listen",
            fmt::format("expected HOST:PORT, got {}", quoted(m.listen)));
  }
}

}  // namespace cgs
