#pragma once

#include <optional>
#include <string>

#include "cams/pager.h"
#include "store/listing_apply.h"
#include "store/run_status.h"
#include "sync/step_failure.h"

namespace cgs {

// What an account run found out, step by step. Each step sets its fact; a step that was not
// reached leaves it empty. The store and the pager report these; they decide nothing.
struct RunFacts {
  // Another replica is syncing the account or synced it moments ago: "host:pid" of that run (or
  // "another replica"). This run skips.
  std::optional<std::string> other_replica;
  std::optional<std::string> credential_error;  // the credential set could not be read
  std::optional<ListingOutcome> listing;        // the pager's result
  std::optional<RemovalCheck> removals;         // complete listings only
  std::optional<StepFailure> failure;           // a step threw; later steps did not run
};

// The rules the decision applies, from the configuration and the command line.
struct OutcomeRules {
  double max_removal_share = 0.5;   // safety.max_removal_share
  bool allow_mass_removal = false;  // --allow-mass-removal
  int page_size = 100;              // api.page_size, named when the API refuses it
};

// The decision: the run's status and the error it records, and what may be written.
struct RunVerdict {
  RunStatus status = RunStatus::kFailed;
  std::string error_code;
  std::string error_message;
  bool apply = false;          // merge the listing into the mirror
  bool remove_absent = false;  // with it, remove the groups the listing no longer has
};

// Whether a complete listing that would remove `check.would_remove` of `check.present_before`
// groups is a mass removal: more than `share` of them, or all of them.
[[nodiscard]] bool isMassRemoval(const RemovalCheck& check, double share);

// The one place that decides how a run ends (succeeded, incomplete, held, failed, aborted,
// skipped) and with which error code and message. Pure: it reads only its arguments. Called once
// the listing is known (to decide whether to apply it) and again when a step failed later.
[[nodiscard]] RunVerdict decideOutcome(const RunFacts& facts, const OutcomeRules& rules);

}  // namespace cgs
