// The one decision of how an account run ends (sync/run_outcome.h), on fixed facts.
#include "sync/run_outcome.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <tuple>

namespace cgs {
namespace {

using ::testing::HasSubstr;

ListingOutcome listing(ListingOutcome::Status status) {
  ListingOutcome o;
  o.status = status;
  return o;
}

RunFacts complete(std::int64_t present, std::int64_t would_remove) {
  RunFacts f;
  f.listing = listing(ListingOutcome::Status::kComplete);
  f.removals = RemovalCheck{present, would_remove};
  return f;
}

TEST(RunOutcome, CompleteListingSucceedsAndRemovesAbsentGroups) {
  const RunVerdict v = decideOutcome(complete(10, 2), {});
  EXPECT_EQ(v.status, RunStatus::kSucceeded);
  EXPECT_TRUE(v.apply);
  EXPECT_TRUE(v.remove_absent);
  EXPECT_EQ(v.error_code, "");
}

TEST(RunOutcome, MassRemovalIsHeldAndAppliesNothing) {
  const RunVerdict v = decideOutcome(complete(10, 6), {0.5, false, 100});
  EXPECT_EQ(v.status, RunStatus::kHeld);
  EXPECT_EQ(v.error_code, "MassRemovalHeld");
  EXPECT_THAT(v.error_message, HasSubstr("would remove 6 of 10"));
  EXPECT_THAT(v.error_message, HasSubstr("--allow-mass-removal"));
  EXPECT_FALSE(v.apply);
}

TEST(RunOutcome, RemovingEveryGroupIsHeldWhateverTheShare) {
  EXPECT_EQ(decideOutcome(complete(1, 1), {1.0, false, 100}).status, RunStatus::kHeld);
  EXPECT_EQ(decideOutcome(complete(0, 0), {0.5, false, 100}).status, RunStatus::kSucceeded);
}

TEST(RunOutcome, AllowMassRemovalAppliesIt) {
  const RunVerdict v = decideOutcome(complete(10, 10), {0.5, true, 100});
  EXPECT_EQ(v.status, RunStatus::kSucceeded);
  EXPECT_TRUE(v.remove_absent);
}

TEST(RunOutcome, ShareAtTheLimitIsNotMass) {
  EXPECT_FALSE(isMassRemoval({10, 5}, 0.5));
  EXPECT_TRUE(isMassRemoval({10, 6}, 0.5));
  EXPECT_FALSE(isMassRemoval({10, 0}, 0.0));
}

TEST(RunOutcome, IncompleteListingAppliesWithoutRemovals) {
  RunFacts f;
  f.listing = listing(ListingOutcome::Status::kIncomplete);
  f.listing->inconsistency = "Total changed from 40 to 41";
  f.listing->restarts = 2;
  const RunVerdict v = decideOutcome(f, {});
  EXPECT_EQ(v.status, RunStatus::kIncomplete);
  EXPECT_EQ(v.error_code, "IncompleteListing");
  EXPECT_EQ(v.error_message, "Total changed from 40 to 41 (after 2 restarts); removals skipped");
  EXPECT_TRUE(v.apply);
  EXPECT_FALSE(v.remove_absent);
}

TEST(RunOutcome, FailedListingCarriesTheApiErrorAndNamesThePageSize) {
  RunFacts f;
  f.listing = listing(ListingOutcome::Status::kFailed);
  f.listing->error = ApiError{
      ApiErrorKind::kBusiness, "InvalidParameter.PageInvalid", "bad page", "REQ-9", 200, {}};
  const RunVerdict v = decideOutcome(f, {0.5, false, 500});
  EXPECT_EQ(
      std::tie(v.status, v.error_code, v.apply),
      std::make_tuple(RunStatus::kFailed, std::string("InvalidParameter.PageInvalid"), false));
  EXPECT_THAT(v.error_message,
              ::testing::AllOf(HasSubstr("REQ-9"), HasSubstr("api.page_size is 500")));
}

TEST(RunOutcome, CancelledListingIsAborted) {
  RunFacts f;
  f.listing = listing(ListingOutcome::Status::kCancelled);
  const RunVerdict v = decideOutcome(f, {});
  EXPECT_EQ(v.status, RunStatus::kAborted);
  EXPECT_EQ(v.error_code, "Cancelled");
  EXPECT_FALSE(v.apply);
}

TEST(RunOutcome, LaterFailuresWinOverTheListing) {
  RunFacts f = complete(10, 0);
  f.failure = StepFailure{FailureKind::kDatabase, "Database.53100", "No space left on device"};
  const RunVerdict v = decideOutcome(f, {});
  EXPECT_EQ(v.status, RunStatus::kFailed);
  EXPECT_EQ(v.error_code, "Database.53100");
  EXPECT_EQ(v.error_message, "No space left on device");
  EXPECT_FALSE(v.apply);
}

TEST(RunOutcome, UnreadableCredentialsFailBeforeAnyListing) {
  RunFacts f;
  f.credential_error =
      "credential set \"default\": access_key_id : environment variable X is not set";
  const RunVerdict v = decideOutcome(f, {});
  EXPECT_EQ(v.status, RunStatus::kFailed);
  EXPECT_EQ(v.error_code, "CredentialsUnavailable");
}

TEST(RunOutcome, AnAccountHeldByAnotherReplicaIsSkipped) {
  RunFacts f;
  f.other_replica = "replica-b:4242";
  const RunVerdict v = decideOutcome(f, {});
  EXPECT_EQ(v.status, RunStatus::kSkipped);
  EXPECT_EQ(v.error_message, "synced by replica-b:4242");
  EXPECT_EQ(v.error_code, "") << "a skip is not an error";
}

TEST(RunOutcome, StatusNamesRoundTrip) {
  for (auto s : {RunStatus::kRunning, RunStatus::kSucceeded, RunStatus::kIncomplete,
                 RunStatus::kHeld, RunStatus::kFailed, RunStatus::kAborted, RunStatus::kSkipped}) {
    EXPECT_EQ(parseRunStatus(runStatusName(s)), s);
  }
  EXPECT_EQ(parseRunStatus("bogus"), std::nullopt);
}

}  // namespace
}  // namespace cgs
