#include "cli/cli.h"
#include "cli/exit_codes.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

namespace cgs {
namespace {

using ::testing::HasSubstr;

std::variant<CliOptions, int> parse(std::vector<const char*> args, std::string* out_text = nullptr,
                                    std::string* err_text = nullptr) {
  args.insert(args.begin(), "cams-groupsync");
  std::ostringstream out, err;
  auto r = parseCommandLine(static_cast<int>(args.size()), args.data(), out, err);
  if (out_text) *out_text = out.str();
  if (err_text) *err_text = err.str();
  return r;
}

TEST(Cli, Defaults) {
  auto r = parse({});
  ASSERT_TRUE(std::holds_alternative<CliOptions>(r));
  const auto& o = std::get<CliOptions>(r);
  EXPECT_EQ(o.config_path, "/etc/cams-groupsync/config.yaml");
  EXPECT_FALSE(o.once);
}

TEST(Cli, OnceWithAccountsAndDryRun) {
  auto r = parse({"--config", "x.yaml", "--once", "--account", "a", "--account", "b", "--dry-run"});
  const auto& o = std::get<CliOptions>(r);
  EXPECT_EQ(o.config_path, "x.yaml");
  EXPECT_TRUE(o.once);
  EXPECT_TRUE(o.dry_run);
  EXPECT_THAT(o.accounts, ::testing::ElementsAre("a", "b"));
}

TEST(Cli, HelpAndVersionExitZero) {
  std::string out;
  EXPECT_EQ(std::get<int>(parse({"--help"}, &out)), 0);
  EXPECT_THAT(out, HasSubstr("Exit codes"));
  EXPECT_THAT(out, HasSubstr("--check-config"));
  EXPECT_EQ(std::get<int>(parse({"--version"}, &out)), 0);
  EXPECT_THAT(out, HasSubstr("cams-groupsync 0."));
}

TEST(Cli, UsageErrorsExitTwo) {
  std::string err;
  EXPECT_EQ(std::get<int>(parse({"--bogus"}, nullptr, &err)), 2);
  EXPECT_THAT(err, HasSubstr("--bogus"));
  EXPECT_EQ(std::get<int>(parse({"--dry-run"})), 2) << "--dry-run needs --once";
  EXPECT_EQ(std::get<int>(parse({"--log-level", "loud"})), 2);
  EXPECT_EQ(std::get<int>(parse({"--check-config", "--once"})), 2);
}

TEST(Cli, RedeliverSinceTakesAnIsoTimeAndNamesTheFormatOtherwise) {
  for (const char* ok : {"2026-11-20", "2026-11-20T08:00:00Z", "2026-11-20 08:00+08:00",
                         "2024-02-29T23:59:59.123456-05", "2026-11-20T08:00+0530"}) {
    EXPECT_TRUE(std::holds_alternative<CliOptions>(parse({"--redeliver", "crm", "--since", ok})))
        << ok;
  }
  for (const char* bad : {"not-a-time", "2026-13-01", "2025-02-29", "2026-11-20T24:00",
                          "2026-11-20T08:00Zjunk", "yesterday", ""}) {
    std::string err;
    const auto r = parse({"--redeliver", "crm", "--since", bad}, nullptr, &err);
    ASSERT_TRUE(std::holds_alternative<int>(r)) << bad;
    EXPECT_EQ(std::get<int>(r), kExitUsage) << bad;
    EXPECT_THAT(err, HasSubstr("--since")) << bad;
    EXPECT_THAT(err, HasSubstr("expected an ISO 8601 time like 2026-11-20")) << bad;
  }
}

}  // namespace
}  // namespace cgs
