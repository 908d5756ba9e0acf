#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config/config_loader.h"
#include "config/config_summary.h"

namespace cgs {
namespace {

using ::testing::HasSubstr;

EnvLookup noEnv() {
  return [](const std::string&) { return std::optional<std::string>(); };
}

std::vector<std::string> errorsOf(const std::string& text) {
  try {
    (void)parseConfig(text, "d.yaml", true, noEnv());
  } catch (const ConfigError& e) {
    std::vector<std::string> out;
    for (const auto& i : e.issues()) out.push_back(i.format());
    return out;
  }
  return {};
}

TEST(DiscoverySection, ADiscoveryOnlyConfigIsValidWithTheDefaults) {
  const Config c = parseConfig("discovery: {}\n", "d.yaml", true, noEnv());
  ASSERT_TRUE(c.discovery);
  EXPECT_TRUE(c.accounts.empty());
  EXPECT_EQ(c.discovery->interval, std::chrono::hours(1));
  EXPECT_EQ(c.discovery->credentials, "default");
  EXPECT_EQ(c.discovery->channel_type, "whatsapp");
  EXPECT_TRUE(c.discovery->cust_space_ids.empty());
  EXPECT_EQ(c.discovery->number_status, std::vector<std::string>{"CONNECTED"});
  EXPECT_EQ(c.discovery->account.credentials, "default");
  EXPECT_TRUE(c.discovery->makesAccount("CONNECTED"));
  EXPECT_TRUE(c.discovery->makesAccount("connected")) << "statuses are compared without case";
  EXPECT_FALSE(c.discovery->makesAccount("PENDING"));
  EXPECT_TRUE(c.discovery->coversSpace("any"));
}

TEST(DiscoverySection, EveryKeyIsRead) {
  const Config c = parseConfig(R"(credentials:
  isv:
    access_key_id_env: K
    access_key_secret_env: S
discovery:
  interval: 30m
  credentials: isv
  channel_type: viber
  cust_space_ids: [cams-a, cams-b]
  number_status: [CONNECTED, FLAGGED]
  account:
    interval: 10m
    participants: true
    group_status: ACTIVE
)",
                               "d.yaml", true, noEnv());
  const DiscoveryConfig& d = *c.discovery;
  EXPECT_EQ(d.interval, std::chrono::minutes(30));
  EXPECT_EQ(d.credentials, "isv");
  EXPECT_EQ(d.channel_type, "viber");
  EXPECT_TRUE(d.coversSpace("cams-b"));
  EXPECT_FALSE(d.coversSpace("cams-c"));
  EXPECT_TRUE(d.makesAccount("FLAGGED"));
  EXPECT_EQ(d.account.credentials, "isv") << "discovered accounts list with discovery's set";
  EXPECT_EQ(d.account.interval, std::chrono::minutes(10));
  EXPECT_TRUE(d.account.participants);
  EXPECT_EQ(d.account.group_status, "ACTIVE");
  const std::string summary = summarizeConfig(c);
  EXPECT_THAT(summary, HasSubstr("discovery: every 30m"));
  EXPECT_THAT(summary, HasSubstr("for the spaces cams-a,cams-b"));
  EXPECT_THAT(summary, HasSubstr("those with Status in [CONNECTED,FLAGGED] become accounts"));
  EXPECT_THAT(summary, HasSubstr("<cust_space_id>/<phone_number>: CustSpaceId=<cust_space_id>"));
}

TEST(DiscoverySection, MistakesAreNamedWithTheirPlace) {
  const auto errors = errorsOf(R"(discovery:
  interval: 5s
  credentials: nobody
  channel_type: WhatsApp
  number_status: []
  account:
    name: x
    participants: maybe
)");
  const auto has = [&errors](const std::string& what) {
    for (const auto& e : errors) {
      if (e.find(what) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("d.yaml:2:13: discovery.interval")) << ::testing::PrintToString(errors);
  EXPECT_TRUE(has("discovery.credentials: no credential set named \"nobody\""));
  EXPECT_TRUE(has("discovery.channel_type: expected one of whatsapp|messenger|instagram|viber"));
  EXPECT_TRUE(has("discovery.number_status: expected a non-empty list"));
  EXPECT_TRUE(has("discovery.account.name: is each discovered number's own"));
}

TEST(DiscoverySection, NoAccountsAndNoDiscoveryIsStillAnError) {
  const auto errors = errorsOf("schedule:\n  interval: 5m\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_THAT(errors[0], HasSubstr("no accounts configured: add at least one under accounts:, or "
                                   "a discovery: section"));
}

}  // namespace
}  // namespace cgs
