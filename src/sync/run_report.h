#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/duration.h"
#include "store/listing_apply.h"
#include "store/participant_store.h"
#include "store/run_status.h"
#include "store/run_store.h"
#include "sync/resource_step.h"
#include "sync/run_outcome.h"

namespace cgs {

// What a run's member refresh did.
struct ParticipantReport {
  bool ran = false;                 // the account has participants on and its listing was applied
  bool backing_off = false;         // no request: the account is backing off after a denial
  std::string retry_after;          // then: until when
  std::int64_t requests = 0;        // HTTP attempts
  MemberCounts counts;              // groups refreshed, members joined and left
  std::int64_t groups_skipped = 0;  // unusable or inconsistent answers, applied nothing
  std::string error_code;           // the last participant error of the run, if any
  std::string error_request_id;
  std::string error_message;
  std::vector<std::string> request_ids;
};

// How one account run ended.
struct RunReport {
  std::string account;
  std::string run_id;
  RunStatus status = RunStatus::kFailed;
  ChangeCounts counts;
  int pages = 0;
  std::size_t requests = 0;
  std::string first_request_id;
  std::string last_request_id;
  std::string error_code;
  std::string error_message;
  FailureKind failure = FailureKind::kNone;  // why it failed, when it did
  Millis duration{0};
  std::int64_t groups_present = -1;  // listed groups after the run, when known
  std::vector<ChangeRow> changes;    // dry runs
  bool dry_run = false;
  std::string other_run_id;  // skipped: the run of the replica that holds the account
  // Skipped: how long the account's latest successful run took (whichever replica ran it); with
  // groups_present from the groups it listed. What metrics show of an account this replica skips.
  std::optional<Millis> last_success_duration;
  ParticipantReport participants;
  std::vector<ResourceReport> resources;  // each resource step's that ran, in order

  [[nodiscard]] bool ok() const { return status == RunStatus::kSucceeded; }
  // The run failed because of the database: PostgreSQL, or a newer release's schema.
  [[nodiscard]] bool databaseError() const { return isDatabaseFailure(failure); }
};

}  // namespace cgs
