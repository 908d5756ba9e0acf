#include "config/config_loader.h"
#include "config/config_summary.h"
#include "config/config_warnings.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

namespace cgs {
namespace {

using ::testing::HasSubstr;

EnvLookup fakeEnv(std::map<std::string, std::string> vars = {}) {
  return [vars](const std::string& k) -> std::optional<std::string> {
    auto it = vars.find(k);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

constexpr const char* kMinimal = R"(accounts:
  - name: acme
    cust_space_id: cams-a
    business_number: "8613800000001"
)";

std::vector<ConfigIssue> issuesOf(const std::string& text, bool owner_only = true,
                                  const EnvLookup& env = fakeEnv()) {
  try {
    (void)parseConfig(text, "test.yaml", owner_only, env);
  } catch (const ConfigError& e) {
    return e.issues();
  }
  return {};
}

TEST(ConfigLoader, MinimalConfigGetsDefaults) {
  const Config c = parseConfig(kMinimal, "test.yaml", false, fakeEnv());
  ASSERT_EQ(c.accounts.size(), 1u);
  EXPECT_EQ(c.accounts[0].name, "acme");
  EXPECT_EQ(c.accounts[0].credentials, "default");
  EXPECT_TRUE(c.accounts[0].enabled);
  EXPECT_EQ(c.database.schema, "cams");
  EXPECT_EQ(c.api.page_size, 100);
  EXPECT_EQ(c.api.scheme, "https");
  EXPECT_EQ(c.schedule.interval, std::chrono::minutes(10));
  ASSERT_NE(c.findCredentials("default"), nullptr);
  EXPECT_EQ(c.findCredentials("default")->access_key_secret.env, "ALIBABA_CLOUD_ACCESS_KEY_SECRET");
}

TEST(ConfigLoader, FullConfigIsRead) {
  const std::string text = R"(database:
  url: "postgresql://sync@127.0.0.1:5432/mirror"
  schema: mirror
api:
  endpoint: 127.0.0.1:18080
  scheme: http
  connect_timeout: 2s
  request_timeout: 1500ms
  max_attempts: 3
  page_size: 50
  qps: 2.5
credentials:
  main:
    access_key_id: LTAI5tExample
    access_key_secret_file: secret
schedule:
  interval: 1h
  jitter: 0
  concurrency: 8
accounts:
  - name: a-1
    cust_space_id: cams-a
    business_number: "86"
    credentials: main
    group_status: ACTIVE
    subject: "hello world"
    interval: 5m
    enabled: false
logging:
  level: debug
  format: json
safety:
  max_removal_share: 0.25
retention:
  runs: 30d
  changes: 0
metrics:
  listen: 127.0.0.1:9464
)";
  const Config c = parseConfig(text, "t.yaml", false, fakeEnv());
  EXPECT_EQ(c.database.schema, "mirror");
  EXPECT_EQ(c.api.endpoint, "127.0.0.1:18080");
  EXPECT_EQ(c.api.request_timeout, Millis{1500});
  EXPECT_DOUBLE_EQ(c.api.qps, 2.5);
  EXPECT_EQ(c.schedule.concurrency, 8);
  EXPECT_EQ(c.schedule.jitter, Millis{0});
  const auto& a = c.accounts.at(0);
  EXPECT_EQ(a.group_status, "ACTIVE");
  EXPECT_EQ(a.subject, "hello world");
  EXPECT_EQ(c.intervalOf(a), std::chrono::minutes(5));
  EXPECT_FALSE(a.enabled);
  EXPECT_EQ(c.logging.format, "json");
  EXPECT_DOUBLE_EQ(c.safety.max_removal_share, 0.25);
  EXPECT_EQ(c.retention.runs, std::chrono::hours(24 * 30));
  EXPECT_EQ(c.metrics.listen, "127.0.0.1:9464");
  EXPECT_EQ(c.findCredentials("main")->access_key_secret.file, "secret");
  EXPECT_NE(c.findCredentials("default"), nullptr) << "the SDK-variable set is always there";
}

TEST(ConfigLoader, ReportsEveryErrorWithLineAndColumn) {
  const std::string text = R"(schedule:
  intervall: 10m
accounts:
  - name: a
    cust_space_id: cams-a
    business_number: "1"
    interval: 5 min
  - name: a
    cust_space_id: cams-b
    business_number: "2"
)";
  const auto issues = issuesOf(text);
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(issues[0].format(),
            "test.yaml:2:3: schedule.intervall: unknown key \"intervall\" (did you mean "
            "\"interval\"?)");
  EXPECT_EQ(issues[1].format(),
            "test.yaml:7:15: accounts[0].interval: expected a duration like 30s, got \"5 min\"");
  EXPECT_EQ(issues[2].line, 8);
  EXPECT_EQ(issues[2].column, 11);
  EXPECT_EQ(issues[2].key_path, "accounts[1].name");
  EXPECT_THAT(issues[2].message,
              HasSubstr("duplicate account name \"a\" (first defined at line 4)"));
}

TEST(ConfigLoader, SchemaMayBeAnyNamePostgresqlAccepts) {
  const std::string quoted = std::string(kMinimal) + "database:\n  schema: \"Mirror-1\"\n";
  EXPECT_EQ(parseConfig(quoted, "t.yaml", true, fakeEnv()).database.schema, "Mirror-1");
  const std::vector<std::string> bads{"\"\"", "pg_mirror", "\"a\\tb\"", std::string(64, 'm')};
  for (const auto& bad : bads) {
    const auto issues = issuesOf(std::string(kMinimal) + "database:\n  schema: " + bad + "\n");
    ASSERT_EQ(issues.size(), 1u) << bad;
    EXPECT_EQ(issues[0].key_path, "database.schema");
  }
}

TEST(ConfigLoader, SyntaxErrorHasPlace) {
  const auto issues = issuesOf("accounts: [\n  - name: x\n");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_GT(issues[0].line, 0);
  EXPECT_EQ(issues[0].file, "test.yaml");
}

TEST(ConfigLoader, UnknownTopLevelKeyListsChoices) {
  const auto issues = issuesOf(std::string(kMinimal) + "colour: blue\n");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].key_path, "colour");
  EXPECT_THAT(issues[0].message, HasSubstr("expected one of: database, api"));
}

TEST(ConfigLoader, WrongTypesAndRanges) {
  const std::string text = std::string(kMinimal) + R"(api:
  page_size: lots
  max_attempts: 0
  qps: -1
  scheme: ftp
logging:
  level: loud
schedule: [1, 2]
)";
  const auto issues = issuesOf(text);
  std::vector<std::string> paths;
  for (const auto& i : issues) paths.push_back(i.key_path);
  EXPECT_THAT(paths, ::testing::ElementsAre("api.page_size", "api.max_attempts", "api.qps",
                                            "api.scheme", "logging.level", "schedule"));
  EXPECT_THAT(issues[0].message, HasSubstr("expected a whole number, got \"lots\""));
  EXPECT_THAT(issues[1].message, HasSubstr("between 1 and 20"));
}

TEST(ConfigLoader, MissingAccountFieldsAndDanglingCredentials) {
  const auto issues = issuesOf(R"(accounts:
  - name: Bad Name
    credentials: nope
)");
  std::vector<std::string> paths;
  for (const auto& i : issues) paths.push_back(i.key_path);
  // Missing keys are placed at their account (2:5), bad values at themselves.
  EXPECT_THAT(paths,
              ::testing::ElementsAre("accounts[0].cust_space_id", "accounts[0].business_number",
                                     "accounts[0].name", "accounts[0].credentials"));
}

TEST(ConfigLoader, NoAccountsIsAnError) {
  const auto issues = issuesOf("schedule:\n  interval: 1m\n");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_THAT(issues[0].message, HasSubstr("no accounts"));
}

TEST(ConfigLoader, InlineSecretNeedsOwnerOnlyFile) {
  const std::string text = std::string(kMinimal) + R"(credentials:
  default:
    access_key_id: LTAIexample
    access_key_secret: s3cr3t-value-123
)";
  const auto issues = issuesOf(text, /*owner_only=*/false);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].key_path, "credentials.default.access_key_secret");
  EXPECT_THAT(issues[0].message, HasSubstr("chmod 600"));
  EXPECT_THAT(issues[0].format(), ::testing::Not(HasSubstr("s3cr3t-value-123")));
  EXPECT_TRUE(issuesOf(text, /*owner_only=*/true).empty());
}

TEST(ConfigLoader, DatabasePasswordNeedsOwnerOnlyFile) {
  const std::string text =
      std::string(kMinimal) + "database:\n  url: postgresql://u:hunter2pw@db/x\n";
  const auto issues = issuesOf(text, false);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].key_path, "database.url");
  EXPECT_THAT(issues[0].format(), ::testing::Not(HasSubstr("hunter2pw")));
  EXPECT_TRUE(issuesOf(text, true).empty());
}

TEST(ConfigLoader, DatabaseUrlFromEnvironment) {
  const std::string text = std::string(kMinimal) + "database:\n  url_env: MY_DB\n";
  const Config c = parseConfig(text, "t", false, fakeEnv({{"MY_DB", "postgresql://x/y"}}));
  EXPECT_EQ(c.database.url, "postgresql://x/y");
  const auto issues = issuesOf(text, false, fakeEnv());
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_THAT(issues[0].message, HasSubstr("MY_DB is not set"));
}

TEST(ConfigLoader, HttpOnlyForLoopback) {
  EXPECT_TRUE(
      issuesOf(std::string(kMinimal) + "api:\n  endpoint: 127.0.0.1:9\n  scheme: http\n").empty());
  EXPECT_TRUE(
      issuesOf(std::string(kMinimal) + "api:\n  endpoint: localhost\n  scheme: http\n").empty());
  const auto issues =
      issuesOf(std::string(kMinimal) + "api:\n  endpoint: cams.example.com\n  scheme: http\n");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].key_path, "api.scheme");
}

TEST(ConfigLoader, CredentialPartNeedsExactlyOneSource) {
  const auto issues = issuesOf(std::string(kMinimal) + R"(credentials:
  default:
    access_key_id_env: A
    access_key_id: B
    access_key_secret_env: C
  other:
    access_key_id_env: A
)");
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_THAT(issues[0].message, HasSubstr("give one of access_key_id"));
  EXPECT_THAT(issues[1].message, HasSubstr("missing access_key_secret_env"));
}

TEST(ConfigLoader, DuplicateYamlKey) {
  const auto issues = issuesOf(std::string(kMinimal) + "api:\n  qps: 1\n  qps: 2\n");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].message, "duplicate key");
  EXPECT_EQ(issues[0].line, 7);
}

TEST(ConfigLoader, ExampleFileIsValid) {
  const Config c = loadConfig(CGS_SOURCE_DIR "/config/example.yaml", fakeEnv());
  EXPECT_FALSE(c.accounts.empty());
}

TEST(ConfigLoader, MissingFileIsAConfigError) {
  try {
    (void)loadConfig("/nonexistent/cams.yaml", fakeEnv());
    FAIL() << "expected ConfigError";
  } catch (const ConfigError& e) {
    EXPECT_THAT(e.what(), HasSubstr("/nonexistent/cams.yaml: cannot read"));
  }
}

// Found by fuzz_config: a scalar item before an account with a dangling credential set made the
// loader index the wrong list item and throw YAML::BadSubscript out of parseConfig.
TEST(ConfigLoader, ScalarAccountItemBeforeADanglingCredentialSet) {
  const auto issues = issuesOf(R"(accounts:
  - just a string
  - name: a
    cust_space_id: c
    business_number: "1"
    credentials: nope
)");
  std::vector<std::string> paths;
  for (const auto& i : issues) paths.push_back(i.key_path + " " + std::to_string(i.line));
  EXPECT_THAT(paths, ::testing::ElementsAre("accounts[0] 2", "accounts[1].credentials 6"));
}

TEST(ConfigLoader, ParticipantsAreOffByDefaultAndTheBlockHasDefaults) {
  const Config c = parseConfig(kMinimal, "test.yaml", false, fakeEnv());
  EXPECT_FALSE(c.accounts[0].participants);
  EXPECT_EQ(c.participants.refresh, std::chrono::hours(24));
  EXPECT_EQ(c.participants.max_requests_per_run, 200);
  EXPECT_TRUE(c.participants.pseudonymize_key.env.empty());
  EXPECT_TRUE(c.participants.pseudonymize_key.file.empty());
}

TEST(ConfigLoader, ParticipantsBlockAndAccountSwitchAreRead) {
  const Config c = parseConfig(R"(participants:
  refresh: 6h
  max_requests_per_run: 50
  pseudonymize_key_file: member-key
accounts:
  - name: acme
    cust_space_id: cams-a
    business_number: "8613800000001"
    participants: true
)",
                               "test.yaml", false, fakeEnv());
  EXPECT_TRUE(c.accounts[0].participants);
  EXPECT_EQ(c.participants.refresh, std::chrono::hours(6));
  EXPECT_EQ(c.participants.max_requests_per_run, 50);
  EXPECT_EQ(c.participants.pseudonymize_key.file, "member-key");
}

TEST(ConfigLoader, ParticipantsBlockErrorsArePlaced) {
  const auto issues = issuesOf(R"(participants:
  refresh: soon
  max_request_per_run: 5
  pseudonymize_key_env: KEY
  pseudonymize_key_file: key
accounts:
  - name: acme
    cust_space_id: cams-a
    business_number: "8613800000001"
    participants: maybe
)");
  ASSERT_EQ(issues.size(), 4u);
  EXPECT_EQ(issues[0].format(),
            "test.yaml:2:12: participants.refresh: expected a duration like 30s, got \"soon\"");
  EXPECT_EQ(issues[1].format(),
            "test.yaml:3:3: participants.max_request_per_run: unknown key "
            "\"max_request_per_run\" (did you mean \"max_requests_per_run\"?)");
  EXPECT_EQ(issues[2].key_path, "participants.pseudonymize_key_file");
  EXPECT_THAT(issues[2].message, HasSubstr("not both"));
  EXPECT_EQ(issues[3].key_path, "accounts[0].participants");
  EXPECT_EQ(issues[3].line, 10);
}

TEST(ConfigLoader, WebhooksAreReadWithDefaults) {
  const Config c = parseConfig(std::string(kMinimal) + R"(webhooks:
  - name: crm
    url: https://crm.example.com/hooks/cams
    secret_env: CRM_WEBHOOK_SECRET
  - name: local
    url: http://127.0.0.1:8080/x
    secret_file: hook-secret
    events: [removed, participant_left]
    accounts: [acme]
    max_batch: 5
    timeout: 2s
    max_age: 1h
retention:
  deliveries: 3d
)",
                               "test.yaml", false, fakeEnv());
  ASSERT_EQ(c.webhooks.size(), 2u);
  EXPECT_EQ(c.webhooks[0].events, defaultEventNames());
  EXPECT_TRUE(c.webhooks[0].accounts.empty());
  EXPECT_EQ(c.webhooks[0].max_batch, 100);
  EXPECT_EQ(c.webhooks[0].timeout, std::chrono::seconds(10));
  EXPECT_EQ(c.webhooks[0].max_age, std::chrono::hours(24));
  EXPECT_EQ(c.webhooks[0].secret.env, "CRM_WEBHOOK_SECRET");
  EXPECT_EQ(c.webhooks[1].events, (std::vector<std::string>{"removed", "participant_left"}));
  EXPECT_TRUE(c.webhooks[1].covers("acme"));
  EXPECT_FALSE(c.webhooks[1].covers("other"));
  EXPECT_EQ(c.webhooks[1].max_age, std::chrono::hours(1));
  EXPECT_EQ(c.retention.deliveries, std::chrono::hours(72));
  EXPECT_EQ(parseConfig(kMinimal, "test.yaml", false, fakeEnv()).retention.deliveries,
            std::chrono::hours(24 * 7));
}

TEST(ConfigLoader, RetentionOfDeadDeliveriesAndLeftMembersDefaultsToForever) {
  const Config d = parseConfig(kMinimal, "test.yaml", false, fakeEnv());
  EXPECT_EQ(d.retention.dead_deliveries, Millis{0});
  EXPECT_EQ(d.retention.left_members, Millis{0});
  const Config c = parseConfig(
      std::string(kMinimal) + "retention:\n  dead_deliveries: 30d\n  left_members: 365d\n",
      "test.yaml", false, fakeEnv());
  EXPECT_EQ(c.retention.dead_deliveries, std::chrono::hours(24 * 30));
  EXPECT_EQ(c.retention.left_members, std::chrono::hours(24 * 365));
}

// Found by a review: --check-config (the unit's ExecStartPre) printed webhook URL paths, so a
// token in a path reached the journal at every start.
TEST(ConfigSummary, WebhookUrlsShowSchemeAndHostOnlyAndWarningsFollow) {
  const Config c = parseConfig(R"(accounts:
  - name: acme
    cust_space_id: cams-a
    business_number: "8613800000001"
    participants: true
metrics:
  listen: 0.0.0.0:9464
webhooks:
  - name: slack
    url: https://hooks.example.com/services/T000/B000/XXXXSECRETTOKEN?x=1
    secret_env: HOOK
)",
                               "test.yaml", false, fakeEnv());
  const std::string out = summarizeConfig(c);
  EXPECT_THAT(out, HasSubstr("webhook slack: https://hooks.example.com events="));
  EXPECT_THAT(out, ::testing::Not(HasSubstr("SECRETTOKEN")));
  EXPECT_THAT(out, ::testing::Not(HasSubstr("/services")));
  EXPECT_THAT(out, HasSubstr("warning: metrics.listen 0.0.0.0:9464 is reachable from other "
                             "machines"));
  EXPECT_THAT(out, HasSubstr("warning: participants: no pseudonymize key is set, so member phone "
                             "numbers are stored in the clear"));
  EXPECT_EQ(configWarnings(parseConfig(kMinimal, "test.yaml", false, fakeEnv())).size(), 0u);
}

TEST(ConfigLoader, WebhookMistakesArePlaced) {
  const auto issues = issuesOf(std::string(kMinimal) + R"(webhooks:
  - name: crm
    url: http://crm.example.com/hooks
    secret: inline-secret
    events: [added, renamed]
    accounts: [nobody]
  - name: crm
    url: ftp://x
    secret_env: A
    secret_file: b
)",
                               /*owner_only=*/false);
  std::vector<std::string> messages;
  for (const auto& i : issues) messages.push_back(i.format());
  EXPECT_THAT(
      messages,
      ::testing::ElementsAre(
          HasSubstr("webhooks[0].url: http sends events in clear text"),
          HasSubstr("webhooks[0].secret: an inline secret needs a file that only its owner"),
          HasSubstr("webhooks[0].events: unknown event \"renamed\""),
          HasSubstr("webhooks[0].accounts: no account named \"nobody\""),
          HasSubstr("webhooks[1]: give one of secret, secret_env or secret_file"),
          HasSubstr("webhooks[1].name: duplicate webhook name \"crm\""),
          HasSubstr("webhooks[1].url: expected an http(s):// URL")));
}

}  // namespace
}  // namespace cgs
