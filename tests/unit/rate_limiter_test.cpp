#include "cams/rate_limiter.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace cgs {
namespace {

using namespace std::chrono;

SteadyTime t0() { return SteadyTime(hours(1)); }

// The most reservations inside any window of `w` (half-open, as a server counting per second).
int maxInWindow(const std::vector<SteadyTime>& times, nanoseconds w) {
  int best = 0;
  for (std::size_t i = 0; i < times.size(); ++i) {
    const auto end = std::lower_bound(times.begin(), times.end(), times[i] + w);
    best = std::max(best, static_cast<int>(end - (times.begin() + static_cast<long>(i))));
  }
  return best;
}

TEST(RateLimiter, SpacesRequestsAtTheConfiguredRate) {
  RateLimiter l(10);
  std::vector<SteadyTime> at;
  for (int i = 0; i < 100; ++i) at.push_back(l.reserve(t0()));  // everyone asks at once
  EXPECT_EQ(at.front(), t0());
  for (std::size_t i = 1; i < at.size(); ++i) EXPECT_GE(at[i] - at[i - 1], milliseconds(100));
  EXPECT_LE(maxInWindow(at, seconds(1)), 10);
  // 100 requests at 10/s: ten per 1.1 s window (the jitter margin), 10.8 s in all, not more.
  EXPECT_LT(at.back() - at.front(), milliseconds(10'900));
}

TEST(RateLimiter, WindowRuleHoldsWithStaggeredCallers) {
  RateLimiter l(5);
  std::vector<SteadyTime> at;
  SteadyTime now = t0();
  for (int i = 0; i < 60; ++i) {
    at.push_back(l.reserve(now));
    now += milliseconds(i % 3 == 0 ? 1 : 350);  // bursts and gaps
  }
  std::sort(at.begin(), at.end());
  EXPECT_LE(maxInWindow(at, seconds(1)), 5);
}

TEST(RateLimiter, IdleTimeDoesNotBuildABurst) {
  RateLimiter l(10);
  (void)l.reserve(t0());
  const SteadyTime later = t0() + minutes(5);
  const SteadyTime a = l.reserve(later);
  const SteadyTime b = l.reserve(later);
  EXPECT_EQ(a, later);
  EXPECT_GE(b - a, milliseconds(100));
}

TEST(RateLimiter, SlowsDownOnThrottlingAndRecovers) {
  RateLimiter l(10);
  l.onThrottled(t0());
  EXPECT_DOUBLE_EQ(l.currentRate(), 5);
  EXPECT_GE(l.reserve(t0()), t0() + seconds(1)) << "pauses a second after Throttling";
  for (int i = 0; i < 5; ++i) l.onThrottled(t0());
  EXPECT_DOUBLE_EQ(l.currentRate(), 1) << "never below 10% of the configured rate";
  for (int i = 0; i < 100; ++i) l.onSuccess();
  EXPECT_DOUBLE_EQ(l.currentRate(), 10) << "recovers, never above the configured rate";
}

TEST(RateLimiter, FractionalRates) {
  RateLimiter l(0.5);
  const SteadyTime a = l.reserve(t0());
  const SteadyTime b = l.reserve(t0());
  EXPECT_EQ(b - a, seconds(2));
}

}  // namespace
}  // namespace cgs
