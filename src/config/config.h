#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/change_type.h"
#include "common/duration.h"
#include "common/secret.h"

namespace cgs {

using namespace std::chrono_literals;

struct DatabaseConfig {
  std::string url;      // libpq URI or conninfo, resolved from url or url_env
  std::string url_env;  // the variable it came from, if any (for messages)
  std::string schema = "cams";
  std::string migrations_dir;  // empty: the installed share/cams-groupsync/migrations
};

struct ApiConfig {
  std::string endpoint = "cams.ap-southeast-1.aliyuncs.com";  // host[:port]
  std::string scheme = "https";                               // https, or http for a simulator
  Millis connect_timeout = 5s;
  Millis request_timeout = 15s;
  int max_attempts = 5;
  int page_size = 100;
  double qps = 10;        // per credential set (one Alibaba Cloud account's quota)
  int max_in_flight = 4;  // concurrent page requests within one account run
};

// Where each part of a credential set comes from. Exactly one source per part; the secret may be
// inline only in a file that nobody but its owner can read.
struct CredentialSource {
  std::string env;   // environment variable name
  std::string file;  // path; relative paths resolve against $CREDENTIALS_DIRECTORY
  std::optional<Secret> inline_value;

  // "env ALIBABA_CLOUD_ACCESS_KEY_ID", "file /run/credentials/x/secret", "inline", "none".
  [[nodiscard]] std::string describe() const;
};

struct CredentialConfig {
  std::string name;
  CredentialSource access_key_id;
  CredentialSource access_key_secret;
  CredentialSource security_token;  // optional (STS)
};

struct ScheduleConfig {
  Millis interval = 10min;
  Millis jitter = 30s;
  int concurrency = 4;
};

struct AccountConfig {
  std::string name;
  std::string cust_space_id;
  std::string business_number;
  std::string credentials = "default";
  std::string channel_type;  // optional filters: empty = not sent
  std::string group_status;
  std::string subject;
  std::optional<Millis> interval;  // overrides schedule.interval
  bool enabled = true;
  bool participants = false;  // also mirror the groups' members (ListChatGroupParticipants)
};

// Accounts found by themselves (README, "Discovery"): every `interval`, the credential set's
// instances are listed (ListInstance), then each of their customer spaces' numbers
// (QueryChatappPhoneNumbers); every number is mirrored, and those whose status is in
// `number_status` become accounts named "<cust_space_id>/<phone_number>" with `account`'s
// settings. An accounts[] entry for the same pair wins.
struct DiscoveryConfig {
  Millis interval = std::chrono::hours(1);
  std::string credentials = "default";
  std::string channel_type = "whatsapp";                // ListInstance ChannelType
  std::vector<std::string> cust_space_ids;              // empty: every listed instance's space
  std::vector<std::string> number_status{"CONNECTED"};  // the statuses that make an account
  AccountConfig account;  // every discovered account's settings (its name, space and number unset)

  [[nodiscard]] bool coversSpace(const std::string& cust_space_id) const;
  [[nodiscard]] bool makesAccount(const std::string& status) const;
};

// How members are mirrored, for the accounts that enable it.
struct ParticipantsConfig {
  Millis refresh = std::chrono::hours(24);  // the longest a group's member list goes unchecked
  int max_requests_per_run = 200;           // participant requests one account run may spend
  // With a key, the mirror stores "hmac-sha256:<hex>" of each number, never the number. One
  // source (env or file; a relative file resolves against $CREDENTIALS_DIRECTORY), or none.
  CredentialSource pseudonymize_key;
};

struct LoggingConfig {
  std::string level = "info";   // trace|debug|info|warn|error
  std::string format = "text";  // text|json
  std::string file;             // empty: stderr only
  int max_file_size_mb = 50;
  int max_files = 5;
};

struct SafetyConfig {
  // A complete listing that would remove more than this share of an account's present groups
  // (or all of them) is held, not applied, unless --allow-mass-removal is given.
  double max_removal_share = 0.5;
};

struct RetentionConfig {
  Millis runs = std::chrono::hours(24 * 90);       // 0 keeps forever
  Millis changes = 0ms;                            // 0 keeps forever
  Millis deliveries = std::chrono::hours(24 * 7);  // delivered webhook deliveries; 0 keeps forever
  Millis dead_deliveries = 0ms;  // dead deliveries, from their last attempt; 0 keeps forever
  Millis left_members = 0ms;     // memberships, from when the member left; 0 keeps forever
};

// One HTTP receiver of change events (README, "Webhooks").
struct WebhookConfig {
  std::string name;         // [a-z0-9_-]+, unique
  std::string url;          // https (verified), or http to a loopback address
  CredentialSource secret;  // the HMAC key: secret_env, secret_file or inline (owner-only file)
  std::vector<std::string> events;    // change types; default: defaultEventNames() (the six)
  std::vector<std::string> accounts;  // account names; empty: every account
  int max_batch = 100;                // events per delivery
  Millis timeout = std::chrono::seconds(10);
  Millis max_age = std::chrono::hours(24);  // a delivery still failing after this is dead

  [[nodiscard]] bool covers(const std::string& account) const;
};

// Every change type a webhook can subscribe to: the registry's (common/change_type.h).
inline const std::vector<std::string> kWebhookEvents = changeTypeNames();

// A read-only tenant of the SQL interface (README, "Read-only tenants"): an existing PostgreSQL
// role that sees only the rows of its accounts.
struct SqlAccessConfig {
  std::string role;                   // a role name as PostgreSQL spells it (case matters)
  bool all_accounts = false;          // accounts: all
  std::vector<std::string> accounts;  // account names (configured), when not all
};

struct MetricsConfig {
  std::string listen;  // empty: no metrics endpoint
};

struct Config {
  std::string path;  // the file it was loaded from
  DatabaseConfig database;
  ApiConfig api;
  std::vector<CredentialConfig> credentials;
  ScheduleConfig schedule;
  std::vector<AccountConfig> accounts;
  std::optional<DiscoveryConfig> discovery;  // absent: only the accounts above
  LoggingConfig logging;
  SafetyConfig safety;
  RetentionConfig retention;
  MetricsConfig metrics;
  ParticipantsConfig participants;
  std::vector<WebhookConfig> webhooks;
  std::vector<SqlAccessConfig> sql_access;

  [[nodiscard]] const CredentialConfig* findCredentials(const std::string& name) const;
  [[nodiscard]] const AccountConfig* findAccount(const std::string& name) const;
  [[nodiscard]] Millis intervalOf(const AccountConfig& account) const {
    return account.interval.value_or(schedule.interval);
  }
};

}  // namespace cgs
