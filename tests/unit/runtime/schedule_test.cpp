#include "runtime/schedule.h"

#include <gtest/gtest.h>

#include "fakes/fake_clock.h"
#include "fakes/fixed_random.h"

namespace cgs {
namespace {

using namespace std::chrono;
using testing::FixedRandom;
using Outcome = Schedule::Outcome;

const SteadyTime kStart = SteadyTime(hours(10));

TEST(Schedule, FirstRunsAreSpreadOverTheJitter) {
  Schedule s(seconds(30));
  FixedRandom random({0.0, 0.5, 0.999});
  s.setAccounts({{"a", minutes(10)}, {"b", minutes(10)}, {"c", minutes(10)}}, kStart, random);
  EXPECT_EQ(s.dueAt("a"), kStart);
  EXPECT_EQ(s.dueAt("b"), kStart + seconds(15));
  EXPECT_EQ(s.nextDue(), kStart);
}

TEST(Schedule, NeverOverlapsItself) {
  Schedule s(Millis{0});
  FixedRandom random({0.0});
  s.setAccounts({{"a", minutes(1)}}, kStart, random);
  EXPECT_EQ(s.takeDue(kStart), "a");
  EXPECT_TRUE(s.running("a"));
  EXPECT_EQ(s.takeDue(kStart + hours(1)), std::nullopt) << "a is still running";
  EXPECT_EQ(s.nextDue(), std::nullopt);
  s.finished("a", Outcome::kSucceeded, kStart + seconds(5), random);
  EXPECT_EQ(s.dueAt("a"), kStart + seconds(5) + minutes(1));
}

TEST(Schedule, LongestWaitingGoesFirst) {
  Schedule s(Millis{0});
  FixedRandom random({0.0});
  s.setAccounts({{"a", minutes(1)}, {"b", minutes(1)}}, kStart, random);
  (void)s.takeDue(kStart);
  s.finished("a", Outcome::kSucceeded, kStart,
             random);  // a due at kStart+1m, b still due at kStart
  EXPECT_EQ(s.takeDue(kStart + minutes(2)), "b");
  EXPECT_EQ(s.takeDue(kStart + minutes(2)), "a");
}

TEST(Schedule, FailuresRetrySoonerWithBackoff) {
  Schedule s(Millis{0});
  FixedRandom random({0.0});
  s.setAccounts({{"a", minutes(10)}}, kStart, random);
  SteadyTime now = kStart;
  std::vector<Millis> waits;
  for (int i = 0; i < 7; ++i) {
    ASSERT_EQ(s.takeDue(now), "a");
    s.finished("a", Outcome::kFailed, now, random);
    waits.push_back(duration_cast<Millis>(*s.dueAt("a") - now));
    now = *s.dueAt("a");
  }
  // half of 30s, 60s, 120s, 240s, 480s, then the 10 min interval caps it
  EXPECT_EQ(waits[0], seconds(15));
  EXPECT_EQ(waits[1], seconds(30));
  EXPECT_EQ(waits[4], seconds(240));
  EXPECT_EQ(waits[5], minutes(5));
  EXPECT_EQ(waits[6], minutes(5));
  EXPECT_EQ(s.failures("a"), 7);
  s.takeDue(now);
  s.finished("a", Outcome::kSucceeded, now, random);
  EXPECT_EQ(s.failures("a"), 0);
  EXPECT_EQ(s.dueAt("a"), now + minutes(10));
}

TEST(Schedule, FailingAccountDoesNotDelayOthers) {
  Schedule s(Millis{0});
  FixedRandom random({0.0});
  s.setAccounts({{"bad", minutes(5)}, {"good", minutes(5)}}, kStart, random);
  EXPECT_EQ(s.takeDue(kStart), "bad");
  EXPECT_EQ(s.takeDue(kStart), "good") << "both run at once";
  s.finished("bad", Outcome::kFailed, kStart, random);
  s.finished("good", Outcome::kSucceeded, kStart, random);
  EXPECT_EQ(s.dueAt("good"), kStart + minutes(5));
  EXPECT_LT(*s.dueAt("bad"), kStart + minutes(5));
}

TEST(Schedule, SkippedRoundWaitsAWholeInterval) {
  Schedule s(Millis{0});
  FixedRandom random({0.0});
  s.setAccounts({{"a", minutes(3)}}, kStart, random);
  (void)s.takeDue(kStart);
  s.finished("a", Outcome::kSkipped, kStart, random);
  EXPECT_EQ(s.dueAt("a"), kStart + minutes(3));
}

TEST(Schedule, ReloadKeepsTimesAddsAndRemoves) {
  Schedule s(seconds(10));
  FixedRandom random({0.5});
  s.setAccounts({{"a", minutes(10)}, {"b", minutes(10)}}, kStart, random);
  (void)s.takeDue(kStart + seconds(5));
  s.finished("a", Outcome::kSucceeded, kStart + seconds(5), random);
  const auto a_due = s.dueAt("a");
  s.setAccounts({{"a", minutes(10)}, {"c", minutes(1)}}, kStart + seconds(6), random);
  EXPECT_EQ(s.dueAt("a"), a_due);
  EXPECT_EQ(s.dueAt("b"), std::nullopt);
  EXPECT_EQ(s.dueAt("c"), kStart + seconds(6) + seconds(5));
  s.setAccounts({{"a", minutes(1)}, {"c", minutes(1)}}, kStart + seconds(7), random);
  EXPECT_EQ(s.dueAt("a"), kStart + seconds(7) + minutes(1)) << "a shorter interval applies now";
  s.finished("b", Outcome::kSucceeded, kStart, random);  // b was removed while running: ignored
}

}  // namespace
}  // namespace cgs
