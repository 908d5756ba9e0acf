#include "config/config_loader.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "config/section_readers.h"

namespace cgs {

Config parseConfig(const std::string& text, const std::string& path, bool owner_only,
                   const EnvLookup& env) {
  YamlReader r(path);
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
                 "retention", "metrics", "participants", "webhooks", "sql_access", "discovery"})) {
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
    if (const auto& n = root["discovery"]) {
      readDiscovery(r, n, cfg.discovery.emplace(), [&cfg](const std::string& name) {
        return cfg.findCredentials(name) != nullptr;
      });
    }
    if (cfg.accounts.empty() && !cfg.discovery && r.ok()) {
      r.error(root, "accounts",
              "no accounts configured: add at least one under accounts:, or a discovery: "
              "section to find them");
    }
    if (const auto& n = root["logging"]) readLogging(r, n, cfg.logging);
    if (const auto& n = root["safety"]) readSafety(r, n, cfg.safety);
    if (const auto& n = root["retention"]) readRetention(r, n, cfg.retention);
    if (const auto& n = root["metrics"]) readMetrics(r, n, cfg.metrics);
    if (const auto& n = root["participants"]) readParticipants(r, n, cfg.participants);
    if (const auto& n = root["webhooks"]) {
      readWebhooks(r, n, cfg.webhooks, owner_only,
                   [&cfg](const std::string& name) { return cfg.findAccount(name) != nullptr; });
    }
    if (const auto& n = root["sql_access"]) {
      readSqlAccess(r, n, cfg.sql_access,
                    [&cfg](const std::string& name) { return cfg.findAccount(name) != nullptr; });
    }
  }
  if (!r.ok()) throw ConfigError(r.take());
  return cfg;
}

}  // namespace cgs
