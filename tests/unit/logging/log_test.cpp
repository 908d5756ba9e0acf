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
  EXPECT_EQ(j["msg"], "page \"1\"\\x0a");
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
  c.redactor->add(Secret("abc"));  // short: masked only where it stands alone
  auto log = c.log("text").with("oops", "TopSecretValue42");
  log.error("leaked TopSecretValue42 twice TopSecretValue42 abc in abcdef");
  EXPECT_THAT(c.out.str(), Not(HasSubstr("TopSecretValue42")));
  EXPECT_THAT(c.out.str(), HasSubstr("leaked *** twice *** *** in abcdef oops=***"));
}

// Found by a review: a database password holding `"` was printed escaped, and so unmasked, with
// --log-format json (the redactor ran over the escaped line only).
TEST(Log, ASecretThatJsonWouldEscapeIsRedactedInJsonLines) {
  for (const std::string secret : {"pa\"ss\\word-1", "new\nline-secret", "pw4"}) {
    Captured c;
    c.redactor->add(Secret(secret));
    c.log("json")
        .with("url", "postgresql://app:" + secret + "@db/cams")
        .event(spdlog::level::err, "connect failed: " + secret, {{"error", secret}});
    const auto j = nlohmann::json::parse(c.out.str());
    EXPECT_EQ(j["msg"], "connect failed: ***") << secret;
    EXPECT_EQ(j["error"], "***");
    EXPECT_EQ(j["url"], "postgresql://app:***@db/cams");
  }
}

// Found by a review: a RequestId holding "\n" forged a complete line, and CR and ESC from an API
// error or a receiver's answer reached the terminal raw.
TEST(Log, ControlBytesAreEscapedInMessagesAndValuesInBothFormats) {
  const std::string forged =
      "R-1\n2026-12-05T08:00:00.000Z info run finished account=acme status=succeeded";
  const std::string hostile = "red \x1b[31m\r\x7f\xc2\x9b end\t";
  for (const std::string format : {"text", "json"}) {
    SCOPED_TRACE(format);
    Captured c;
    c.log(format)
        .with("receiver", hostile)
        .event(spdlog::level::warn, "answer: " + hostile,
               {{"request_id", forged}, {"code", hostile}});
    const std::string out = c.out.str();
    ASSERT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
    EXPECT_EQ(out.back(), '\n');
    for (std::size_t i = 0; i + 1 < out.size(); ++i) {
      const auto b = static_cast<unsigned char>(out[i]);
      EXPECT_TRUE(b >= 0x20 && b != 0x7f) << "byte " << int(b) << " at " << i << ": " << out;
    }
    EXPECT_THAT(out, Not(HasSubstr("\xc2\x9b")));  // CSI, the C1 form of ESC [
    EXPECT_THAT(out, HasSubstr("x1b[31m"));
    EXPECT_THAT(out, HasSubstr("x0a2026-12-05"));
  }
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
