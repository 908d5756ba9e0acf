#include "sync/run_outcome.h"

#include <fmt/format.h>

namespace cgs {
namespace {

RunVerdict failed(std::string code, std::string message) {
  return {RunStatus::kFailed, std::move(code), std::move(message), false, false};
}

RunVerdict fromListing(const ListingOutcome& listing, const RunFacts& facts,
                       const OutcomeRules& rules) {
  switch (listing.status) {
    case ListingOutcome::Status::kCancelled:
      return {RunStatus::kAborted, "Cancelled", "the daemon is stopping", false, false};
    case ListingOutcome::Status::kFailed: {
      const ApiError& e = *listing.error;
      std::string message = e.describe();
      if (e.family() == CodeFamily::kPageInvalid) {
        message += fmt::format(" (api.page_size is {}: the API refused that page size; lower it)",
                               rules.page_size);
      }
      return failed(e.code, std::move(message));
    }
    case ListingOutcome::Status::kIncomplete:
      return {RunStatus::kIncomplete, "IncompleteListing",
              fmt::format("{} (after {} restarts); removals skipped", listing.inconsistency,
                          listing.restarts),
              true, false};
    case ListingOutcome::Status::kComplete:
      break;
  }
  if (facts.removals && !rules.allow_mass_removal &&
      isMassRemoval(*facts.removals, rules.max_removal_share)) {
    return {RunStatus::kHeld, "MassRemovalHeld",
            fmt::format("the listing would remove {} of {} present groups (more than {:.0f}%); "
                        "nothing was applied. If the removals are real, run once with "
                        "--allow-mass-removal",
                        facts.removals->would_remove, facts.removals->present_before,
                        rules.max_removal_share * 100),
            false, false};
  }
  return {RunStatus::kSucceeded, "", "", true, true};
}

}  // namespace

bool isMassRemoval(const RemovalCheck& check, double share) {
  return check.would_remove > 0 && (check.would_remove == check.present_before ||
                                    static_cast<double>(check.would_remove) >
                                        share * static_cast<double>(check.present_before));
}

RunVerdict decideOutcome(const RunFacts& facts, const OutcomeRules& rules) {
  if (facts.other_replica) {
    return {RunStatus::kSkipped, "", "synced by " + *facts.other_replica, false, false};
  }
  if (facts.failure) return failed(facts.failure->code, facts.failure->message);
  if (facts.credential_error) return failed("CredentialsUnavailable", *facts.credential_error);
  if (!facts.listing) return failed("Internal", "the run ended before its listing");
  return fromListing(*facts.listing, facts, rules);
}

}  // namespace cgs
