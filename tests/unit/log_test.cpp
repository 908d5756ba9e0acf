#include "logging/log.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include <spdlog/sinks/ostream_sink.h>
#include <nlohmann/json.hpp>

#include "logging/logging_setup.h"

namespace cgs {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct Captured {
  std::ostringstream out;
  std::shared_ptr<Redactor> redactor = std::make_shared<Redactor>();
  Log log(const std::string& format, const std::string& level = "trace") {
    return makeLogToSink(level, format, std::make_shared<spdlog::sinks::ostream_sink_mt>(out),
                         redactor);
  }
};

TEST(Log, TextLineCarriesContextFields) {
  Captured c;
  c.log("text").with("account", "acme").with("run_id", "r-1").info("run {} finished", 7);
  EXPECT_THAT(c.out.str(), HasSubstr(" info run 7 finished account=acme run_id=r-1\n"));
}

TEST(Log, TextQuotesValuesWithSpaces) {
  Captured c;
  c.log("text").event(spdlog::level::warn, "x", {{"error", "a b \"c\""}});
  EXPECT_THAT(c.out.str(), HasSubstr(R"(x error="a b \"c\"")"));
}

TEST(Log, JsonLineIsOneValidObject) {
  Captured c;
  c.log("json")
      .with("account", "acme")
      .event(spdlog::level::info, "page \"1\"\n", {{"request_id", "ABC"}});
  const std::string line = c.out.str();
  ASSERT_EQ(std::count(line.begin(), line.end(), '\n'), 1);
  const auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["msg"], "page \"1\"\n");
  EXPECT_EQ(j["account"], "acme");
  EXPECT_EQ(j["request_id"], "ABC");
  EXPECT_EQ(j["level"], "info");
  EXPECT_TRUE(j["ts"].get<std::string>().ends_with("Z"));
}

TEST(Log, JsonSurvivesInvalidUtf8) {
  Captured c;
  c.log("json").info("bad {}", std::string("\xff\xfe"));
  EXPECT_TRUE(nlohmann::json::accept(c.out.str()));
}

TEST(Log, SecretsAreRedactedEverywhereInTheLine) {
  Captured c;
  c.redactor->add(Secret("TopSecretValue42"));
  c.redactor->add(Secret("abc"));  // too short to be redacted safely
  auto log = c.log("text").with("oops", "TopSecretValue42");
  log.error("leaked TopSecretValue42 twice TopSecretValue42 abc");
  EXPECT_THAT(c.out.str(), Not(HasSubstr("TopSecretValue42")));
  EXPECT_THAT(c.out.str(), HasSubstr("leaked *** twice *** abc oops=***"));
}

TEST(Log, LevelFilters) {
  Captured c;
  auto log = c.log("text", "warn");
  log.info("hidden");
  log.warn("shown");
  EXPECT_THAT(c.out.str(), Not(HasSubstr("hidden")));
  EXPECT_THAT(c.out.str(), HasSubstr("shown"));
}

}  // namespace
}  // namespace cgs
