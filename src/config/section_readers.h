#pragma once

#include <functional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "common/env_lookup.h"
#include "config/config.h"
#include "config/yaml_reader.h"

namespace cgs {

// One reader per top-level section of the configuration file. Each checks its keys, fills its
// struct and reports every problem to the reader; parseConfig (config_loader.h) calls them.

// `owner_only`: the file grants nothing to group or others, so it may hold a password.
void readDatabase(YamlReader& r, const YAML::Node& n, DatabaseConfig& db, const EnvLookup& env,
                  bool owner_only);
void readApi(YamlReader& r, const YAML::Node& n, ApiConfig& api);
void readSchedule(YamlReader& r, const YAML::Node& n, ScheduleConfig& s);
void readLogging(YamlReader& r, const YAML::Node& n, LoggingConfig& l);
void readSafety(YamlReader& r, const YAML::Node& n, SafetyConfig& s);
void readRetention(YamlReader& r, const YAML::Node& n, RetentionConfig& retention);
void readMetrics(YamlReader& r, const YAML::Node& n, MetricsConfig& m);
void readParticipants(YamlReader& r, const YAML::Node& n, ParticipantsConfig& p);

// Named credential sets; an inline secret needs an owner-only file. The set "default" (the
// ALIBABA_CLOUD_* variables) is what defaultCredentials() returns.
void readCredentials(YamlReader& r, const YAML::Node& n, std::vector<CredentialConfig>& out,
                     bool owner_only);
[[nodiscard]] CredentialConfig defaultCredentials();

// One secret from exactly one of `part` (inline: owner-only files), `part`_env or `part`_file.
void readSecretSource(YamlReader& r, const YAML::Node& n, const std::string& path,
                      const std::string& part, CredentialSource& out, bool required, bool secret,
                      bool owner_only);

// Webhook receivers; `account_exists` checks the names under accounts: (read first).
void readWebhooks(YamlReader& r, const YAML::Node& n, std::vector<WebhookConfig>& out,
                  bool owner_only, const std::function<bool(const std::string&)>& account_exists);

// Read-only tenant roles and their accounts; `account_exists` checks names under accounts:.
void readSqlAccess(YamlReader& r, const YAML::Node& n, std::vector<SqlAccessConfig>& out,
                   const std::function<bool(const std::string&)>& account_exists);

// `credential_set_exists` says whether a set of that name is configured (credentials are read
// first), so a dangling reference is reported at the account's own node.
void readAccounts(YamlReader& r, const YAML::Node& n, std::vector<AccountConfig>& out,
                  const std::function<bool(const std::string&)>& credential_set_exists);

// What an account may set beside its name, space and number (credentials, filters, interval,
// enabled, participants): an accounts[] entry's, and discovery.account's for every discovered one.
void readAccountSettings(YamlReader& r, const YAML::Node& a, const std::string& path,
                         AccountConfig& acc,
                         const std::function<bool(const std::string&)>& credential_set_exists);

// The discovery section; credential sets are read first.
void readDiscovery(YamlReader& r, const YAML::Node& n, DiscoveryConfig& out,
                   const std::function<bool(const std::string&)>& credential_set_exists);

}  // namespace cgs
