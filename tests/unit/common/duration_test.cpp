#include "common/duration.h"

#include <gtest/gtest.h>

namespace cgs {
namespace {

TEST(Duration, ParsesEachUnit) {
  EXPECT_EQ(parseDuration("500ms"), Millis{500});
  EXPECT_EQ(parseDuration("30s"), Millis{30'000});
  EXPECT_EQ(parseDuration("10m"), Millis{600'000});
  EXPECT_EQ(parseDuration("1h"), Millis{3'600'000});
  EXPECT_EQ(parseDuration("90d"), Millis{90LL * 86'400'000});
  EXPECT_EQ(parseDuration("0"), Millis{0});
}

TEST(Duration, ParsesConcatenations) {
  EXPECT_EQ(parseDuration("1h30m"), Millis{5'400'000});
  EXPECT_EQ(parseDuration("1m500ms"), Millis{60'500});
}

TEST(Duration, RejectsMalformed) {
  for (const char* bad :
       {"", "5 min", "5", "m", "-5s", "1.5s", "10x", "s10", "1h 30m", "99999999999999999999s"}) {
    EXPECT_FALSE(parseDuration(bad).has_value()) << bad;
  }
}

TEST(Duration, FormatsRoundTrip) {
  EXPECT_EQ(formatDuration(Millis{90'000}), "1m30s");
  EXPECT_EQ(formatDuration(Millis{0}), "0");
  EXPECT_EQ(formatDuration(Millis{1500}), "1s500ms");
  for (long long ms : {1LL, 999LL, 86'400'000LL, 123'456'789LL}) {
    EXPECT_EQ(parseDuration(formatDuration(Millis{ms})), Millis{ms});
  }
}

TEST(Duration, ElapsedTimesAreRoundedToSecondsFromOneSecondOn) {
  EXPECT_EQ(formatElapsed(Millis{150'019}), "2m30s");
  EXPECT_EQ(formatElapsed(Millis{150'600}), "2m31s");
  EXPECT_EQ(formatElapsed(Millis{999}), "999ms");
  EXPECT_EQ(formatElapsed(Millis{0}), "0");
}

}  // namespace
}  // namespace cgs
