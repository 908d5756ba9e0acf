#include <gtest/gtest.h>

#include "sync/account_roster.h"

namespace cgs {
namespace {

KnownNumber number(std::string space, std::string phone, std::string status, bool listed = true,
                   bool was_account = false) {
  return {std::move(space), std::move(phone), std::move(status), "GREEN",
          "TIER_1K",        listed,           was_account};
}

Config withDiscovery() {
  Config c;
  c.discovery.emplace();
  c.discovery->account.interval = std::chrono::minutes(7);
  c.discovery->account.participants = true;
  return c;
}

std::vector<std::string> names(const AccountRoster& r) {
  std::vector<std::string> out;
  for (const auto& a : r.accounts) out.push_back(a.name);
  return out;
}

TEST(AccountRoster, WithoutDiscoveryTheConfiguredAccountsAlone) {
  Config c;
  c.accounts.push_back({"acme", "cams-a", "861", "default", "", "", "", std::nullopt, true, false});
  const auto r = resolveRoster(c, {number("cams-b", "862", "CONNECTED")});
  EXPECT_EQ(names(r), std::vector<std::string>{"acme"});
  EXPECT_EQ(r.discovered, 0u);
  EXPECT_TRUE(r.retired.empty());
}

TEST(AccountRoster, ListedNumbersWithAnAccountStatusBecomeAccountsWithTheDiscoverySettings) {
  const auto r = resolveRoster(
      withDiscovery(), {number("cams-b", "862", "CONNECTED"), number("cams-a", "861", "CONNECTED"),
                        number("cams-a", "869", "PENDING")});
  EXPECT_EQ(names(r), (std::vector<std::string>{"cams-a/861", "cams-b/862"}));
  EXPECT_EQ(r.discovered, 2u);
  const AccountConfig& a = r.accounts[0];
  EXPECT_EQ(a.cust_space_id, "cams-a");
  EXPECT_EQ(a.business_number, "861");
  EXPECT_EQ(a.interval, std::chrono::minutes(7));
  EXPECT_TRUE(a.participants);
  EXPECT_TRUE(r.retired.empty()) << "a number that never was an account is not retired";
}

TEST(AccountRoster, AConfiguredEntryForThePairWinsEvenDisabled) {
  Config c = withDiscovery();
  c.accounts.push_back({"vip", "cams-a", "861", "default", "", "", "", std::nullopt, true, false});
  c.accounts.push_back({"off", "cams-a", "862", "default", "", "", "", std::nullopt, false, false});
  const auto r =
      resolveRoster(c, {number("cams-a", "861", "CONNECTED"), number("cams-a", "862", "CONNECTED"),
                        number("cams-a", "863", "CONNECTED")});
  EXPECT_EQ(names(r), (std::vector<std::string>{"vip", "off", "cams-a/863"}));
  EXPECT_EQ(r.discovered, 1u);
}

TEST(AccountRoster, ANumberThatWasAnAccountAndIsNotOneNowIsRetiredWithItsReason) {
  Config c = withDiscovery();
  c.discovery->cust_space_ids = {"cams-a", "cams-b"};
  const auto r = resolveRoster(c, {number("cams-a", "861", "CONNECTED", false, true),
                                   number("cams-a", "862", "DISCONNECTED", true, true),
                                   number("cams-b", "863", "connected", true, true),
                                   number("cams-c", "864", "CONNECTED", true, true)});
  EXPECT_EQ(names(r), std::vector<std::string>{"cams-b/863"});
  ASSERT_EQ(r.retired.size(), 3u);
  EXPECT_EQ(r.retired[0].name, "cams-a/861");
  EXPECT_EQ(r.retired[0].reason, "no longer listed");
  EXPECT_EQ(r.retired[1].reason, "status DISCONNECTED");
  EXPECT_EQ(r.retired[2].reason, "space not in discovery.cust_space_ids");
  EXPECT_EQ(withRoster(c, r).accounts.size(), 1u);
}

}  // namespace
}  // namespace cgs
