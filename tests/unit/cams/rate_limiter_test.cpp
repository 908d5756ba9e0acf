#include "cams/rate_limiter.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace cgs {
namespace {

using namespace std::chrono;

SteadyTime t0() { return SteadyTime(hours(1)); }

// The most reservations inside any window of `w` (half-open, as a server counting per second).
int maxInWindow(std::vector<SteadyTime> times, nanoseconds w) {
  std::sort(times.begin(), times.end());
  int best = 0;
  for (std::size_t i = 0; i < times.size(); ++i) {
    const auto end = std::lower_bound(times.begin(), times.end(), times[i] + w);
    best = std::max(best, static_cast<int>(end - (times.begin() + static_cast<long>(i))));
  }
  return best;
}

std::shared_ptr<QuotaLedger> ledger() { return std::make_shared<LocalQuotaLedger>(); }

TEST(RateLimiter, SpacesRequestsOneSecondAndTheMarginOverTheRateApart) {
  RateLimiter l(10, ledger());
  EXPECT_EQ(l.slotInterval(), milliseconds(102));
  std::vector<SteadyTime> at;
  for (int i = 0; i < 100; ++i) at.push_back(l.reserve(t0()));  // everyone asks at once
  EXPECT_EQ(at.front(), t0());
  for (std::size_t i = 1; i < at.size(); ++i) EXPECT_GE(at[i] - at[i - 1], milliseconds(102));
  EXPECT_LE(maxInWindow(at, seconds(1)), 10);
  // ...even when each request reaches the gateway up to the margin later than its neighbours.
  EXPECT_LE(maxInWindow(at, seconds(1) + RateLimiter::kWindowMargin - nanoseconds(1)), 10);
  // 100 requests at 10/s cost the margin (2%) and nothing more: 99 intervals of 102 ms.
  EXPECT_EQ(at.back() - at.front(), milliseconds(99 * 102));
}

TEST(RateLimiter, ProcessesSharingALedgerShareTheQuota) {
  // Three replicas (three limiters) on one ledger, asking at staggered moments: together they
  // never put more than qps requests in a second, and together they are as fast as one.
  auto shared = ledger();
  std::vector<std::unique_ptr<RateLimiter>> replicas;
  for (int i = 0; i < 3; ++i) replicas.push_back(std::make_unique<RateLimiter>(5, shared));
  std::vector<SteadyTime> at;
  SteadyTime now = t0();
  for (int i = 0; i < 90; ++i) {
    at.push_back(replicas[static_cast<std::size_t>(i * 7 % 3)]->reserve(now));
    now += milliseconds(i % 4 == 0 ? 1 : 150);
  }
  EXPECT_LE(maxInWindow(at, seconds(1) + RateLimiter::kWindowMargin - nanoseconds(1)), 5);
  std::sort(at.begin(), at.end());
  EXPECT_LE(at.back() - at.front(), milliseconds(89 * 204 + 500));
}

TEST(RateLimiter, HighRatesReserveBlocksAndHandOutTheirSlotsInOrder) {
  auto shared = ledger();
  RateLimiter a(1000, shared), b(1000, shared);
  std::vector<SteadyTime> at;
  for (int i = 0; i < 500; ++i) {
    at.push_back(a.reserve(t0()));
    at.push_back(b.reserve(t0()));
  }
  EXPECT_LE(maxInWindow(at, seconds(1)), 1000);
  std::sort(at.begin(), at.end());
  EXPECT_EQ(std::adjacent_find(at.begin(), at.end()), at.end()) << "no slot handed out twice";
  // Blocks of 50 ms (49 slots of 1.02 ms) alternate between the two: 1,000 slots in ~1.02 s.
  EXPECT_LT(at.back() - at.front(), milliseconds(1'100));
}

TEST(RateLimiter, ASlotNobodyTookInTimeLapsesInsteadOfBeingSentLate) {
  auto shared = ledger();
  RateLimiter busy(1000, shared), idle(1000, shared);
  const SteadyTime first = idle.reserve(t0());  // reserves a block of 49 slots, takes one
  EXPECT_EQ(first, t0());
  for (int i = 0; i < 100; ++i) (void)busy.reserve(t0());
  // Much later the idle replica's block has passed: its next request takes a fresh slot, after
  // everyone else's, never a stale one that would bunch with the busy replica's slots.
  const SteadyTime later = t0() + milliseconds(500);
  EXPECT_EQ(idle.reserve(later), later);
  EXPECT_GE(idle.reserve(later), later + idle.slotInterval());
}

TEST(RateLimiter, IdleTimeDoesNotBuildABurst) {
  RateLimiter l(10, ledger());
  (void)l.reserve(t0());
  const SteadyTime later = t0() + minutes(5);
  const SteadyTime a = l.reserve(later);
  const SteadyTime b = l.reserve(later);
  EXPECT_EQ(a, later);
  EXPECT_GE(b - a, milliseconds(102));
}

TEST(RateLimiter, SlowsDownOnThrottlingHoldsEveryReplicaAndRecovers) {
  auto shared = ledger();
  RateLimiter l(10, shared), other(10, shared);
  l.onThrottled(t0());
  EXPECT_DOUBLE_EQ(l.currentRate(), 5);
  EXPECT_GE(l.reserve(t0()), t0() + seconds(1)) << "pauses a second after Throttling";
  EXPECT_GE(other.reserve(t0()), t0() + seconds(1)) << "and so does every replica";
  const SteadyTime a = l.reserve(t0() + seconds(2));
  const SteadyTime b = l.reserve(t0() + seconds(2));
  EXPECT_GE(b - a, milliseconds(200)) << "at half the rate";
  for (int i = 0; i < 5; ++i) l.onThrottled(t0());
  EXPECT_DOUBLE_EQ(l.currentRate(), 1) << "never below 10% of the configured rate";
  for (int i = 0; i < 100; ++i) l.onSuccess();
  EXPECT_DOUBLE_EQ(l.currentRate(), 10) << "recovers, never above the configured rate";
}

TEST(RateLimiter, FractionalRates) {
  RateLimiter l(0.5, ledger());
  const SteadyTime a = l.reserve(t0());
  const SteadyTime b = l.reserve(t0());
  EXPECT_EQ(b - a, milliseconds(2040));
}

class UnreachableLedger final : public QuotaLedger {
 public:
  SteadyTime reserve(SteadyTime, nanoseconds) override { throw QuotaUnavailable("down"); }
  void holdUntil(SteadyTime) override { throw QuotaUnavailable("down"); }
};

TEST(RateLimiter, AnUnreachableLedgerGivesNoSlot) {
  RateLimiter l(10, std::make_shared<UnreachableLedger>());
  EXPECT_THROW((void)l.reserve(t0()), QuotaUnavailable);
  EXPECT_THROW(l.onThrottled(t0()), QuotaUnavailable);
  EXPECT_DOUBLE_EQ(l.currentRate(), 5) << "this process slowed down all the same";
}

}  // namespace
}  // namespace cgs
