#include "app/status_table.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace cgs {
namespace {

using ::testing::HasSubstr;

Config configWith(std::vector<std::string> names) {
  Config c;
  for (auto& n : names) {
    AccountConfig a;
    a.name = n;
    a.interval = std::chrono::minutes(10);
    c.accounts.push_back(a);
  }
  return c;
}

RunSummary run(const std::string& account, const std::string& status,
               std::optional<double> last_ok) {
  RunSummary r;
  r.account_name = account;
  r.status = parseRunStatus(status).value();
  r.age_seconds = 30;
  r.last_success_age_seconds = last_ok;
  return r;
}

TEST(StatusTable, FreshAccountsAreOk) {
  const auto t = renderStatus(configWith({"a"}), {run("a", "succeeded", 30)});
  EXPECT_FALSE(t.stale);
  EXPECT_THAT(t.text, HasSubstr("succeeded"));
  EXPECT_THAT(t.text, HasSubstr("30s ago"));
}

TEST(StatusTable, StaleAfterThreeIntervalsOrNever) {
  EXPECT_TRUE(renderStatus(configWith({"a"}), {run("a", "failed", 31 * 60.0)}).stale);
  EXPECT_FALSE(renderStatus(configWith({"a"}), {run("a", "failed", 29 * 60.0)}).stale);
  const auto never = renderStatus(configWith({"a", "b"}), {run("a", "succeeded", 1)});
  EXPECT_TRUE(never.stale);
  EXPECT_THAT(never.text, HasSubstr("never run"));
  EXPECT_THAT(never.text, HasSubstr("STALE"));
}

TEST(StatusTable, DisabledAndUnconfiguredAccounts) {
  Config c = configWith({"a"});
  c.accounts[0].enabled = false;
  const auto t = renderStatus(c, {run("old", "succeeded", 5)});
  EXPECT_FALSE(t.stale);
  EXPECT_THAT(t.text, HasSubstr("disabled"));
  EXPECT_THAT(t.text, HasSubstr("not configured"));
}

TEST(StatusTable, HumanAges) {
  EXPECT_EQ(humanAge(5), "5s");
  EXPECT_EQ(humanAge(600), "10m");
  EXPECT_EQ(humanAge(3 * 3600), "3h");
  EXPECT_EQ(humanAge(5 * 86400), "5d");
}

}  // namespace
}  // namespace cgs
