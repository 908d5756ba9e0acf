#include "app/metrics.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "runtime/clock.h"

namespace cgs {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

RunReport reportOf(RunStatus status, std::int64_t groups_present) {
  RunReport r;
  r.account = "acme";
  r.status = status;
  r.groups_present = groups_present;
  return r;
}

// Found walking the operator's path: an account the daemon only skipped (another replica synced
// it) had no groups_present and a last_run_duration_seconds of 0.
TEST(Metrics, AnAccountOnlySkippedShowsTheOtherReplicasLastSuccess) {
  RealClock clock;
  Metrics metrics(clock);
  RunReport skipped = reportOf(RunStatus::kSkipped, 230);
  skipped.last_success_duration = Millis{1500};
  metrics.onRunFinished(skipped);
  const std::string out = metrics.render();
  EXPECT_THAT(out, HasSubstr("cams_groupsync_groups_present{account=\"acme\"} 230"));
  EXPECT_THAT(out, HasSubstr("cams_groupsync_last_run_duration_seconds{account=\"acme\"} 1.500"));
  EXPECT_THAT(out, HasSubstr("cams_groupsync_runs_total{account=\"acme\",status=\"skipped\"} 1"));
}

TEST(Metrics, ASkipWithoutAKnownSuccessLeavesTheGaugesAsTheyWere) {
  RealClock clock;
  Metrics metrics(clock);
  RunReport ran = reportOf(RunStatus::kSucceeded, 12);
  ran.duration = Millis{2000};
  metrics.onRunFinished(ran);
  metrics.onRunFinished(reportOf(RunStatus::kSkipped, -1));
  const std::string out = metrics.render();
  EXPECT_THAT(out, HasSubstr("cams_groupsync_groups_present{account=\"acme\"} 12"));
  EXPECT_THAT(out, HasSubstr("cams_groupsync_last_run_duration_seconds{account=\"acme\"} 2.000"));
}

// API error codes outside the documented families share one label value.
TEST(Metrics, UnknownErrorCodesAreOneLabelValue) {
  RealClock clock;
  Metrics metrics(clock);
  for (const char* code : {"Made.Up.1", "Made.Up.2", "Throttling.User"}) {
    AttemptRecord a;
    a.action = "ListChatGroup";
    a.code = code;
    metrics.onAttempt("acme", a);
  }
  const std::string out = metrics.render();
  EXPECT_THAT(out, HasSubstr("action=\"ListChatGroup\",code=\"other\"} 2"));
  EXPECT_THAT(out, HasSubstr("code=\"Throttling.User\"} 1"));
  EXPECT_THAT(out, Not(HasSubstr("Made.Up")));
}

}  // namespace
}  // namespace cgs
