#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/transaction>

#include "common/duration.h"
#include "store/connection.h"
#include "store/mirror_write.h"
#include "store/run_store.h"

namespace cgs {

// Why a group's members are refreshed this run, in priority order.
enum class RefreshReason {
  kNew = 1,           // added or restored by this run
  kCountChanged = 2,  // its TotalParticipantCount differs from its current members (and changed)
  kDue = 3,           // never checked, or checked longer ago than participants.refresh
};

struct RefreshCandidate {
  std::string group_id;
  RefreshReason reason = RefreshReason::kDue;
  std::optional<std::int32_t> total_participant_count;  // as this run's listing has it
};

// One group's complete member list, as it will be stored (pseudonymized already when a key is
// configured), without duplicates.
struct GroupMembers {
  std::string group_id;
  std::optional<std::int32_t> total_participant_count;
  std::vector<std::string> numbers;
};

// An account's participant backoff after denials (participant_backoff).
struct ParticipantBackoff {
  int denials = 0;
  bool active = false;      // retry_after has not passed yet
  std::string retry_after;  // ISO 8601
  std::string error_code;
};

// The members' side of the mirror for one account run: which groups to refresh, applying member
// lists (set-based, a batch of groups per transaction, each group all-or-nothing), and the
// account's backoff after denials. Owns every participant SQL statement. In a dry run everything
// happens inside the listing's open transaction and is never committed (`dry_run_tx`). Throws
// DatabaseError (and SchemaTooNew from apply).
class ParticipantStore {
 public:
  ParticipantStore(Connection& connection, WriteScope scope, pqxx::work* dry_run_tx = nullptr);

  // The account's listed groups to refresh, best first, at most `limit`. `merged_at` is the time
  // this run's merge wrote (ListingApply::mergedAt), empty when it merged nothing.
  [[nodiscard]] std::vector<RefreshCandidate> candidates(const std::string& merged_at,
                                                         Millis refresh, int limit);
  // Applies complete member lists of several groups in one transaction: joins (and rejoins),
  // leaves, history rows, the groups' check rows and the run's counts.
  MemberCounts apply(const std::vector<GroupMembers>& groups);

  [[nodiscard]] std::optional<ParticipantBackoff> backoff();
  // Records one more denial; the next attempt waits `wait` (decided by the caller).
  void recordDenial(const std::string& error_code, const std::string& request_id, Millis wait);
  void clearBackoff();

  // Writes the run's participant requests, their request ids and its error to its sync_runs row,
  // and moves its finished_at to now: a run ends when its member refresh does.
  void finish(const ParticipantRunEnd& end);

 private:
  template <typename F>
  decltype(auto) inTransaction(F&& f);

  Connection& connection_;
  const WriteScope scope_;
  pqxx::work* dry_run_tx_;
};

// Deletes memberships whose member left longer than `retention` ago (every account; 0 keeps
// them), in batches of 1,000 in transactions of their own. A member who comes back later joins
// anew. Returns how many were deleted.
[[nodiscard]] std::int64_t pruneLeftMembers(Connection& connection, Millis retention);

}  // namespace cgs
