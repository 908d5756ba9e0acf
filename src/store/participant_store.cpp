#include "store/participant_store.h"

#include <pqxx/pqxx>

#include "store/copy_writer.h"
#include "store/database_error.h"

namespace cgs {
namespace {

// The member lists of one batch: the numbers, and the groups refreshed (a group with no member
// has no number row but is refreshed all the same). Emptied at the start of every batch: a dry
// run applies several batches in one transaction.
constexpr const char* kCreateMemberStage = R"(
CREATE TEMP TABLE IF NOT EXISTS cgs_member_stage (
  group_id text NOT NULL, participant_number text NOT NULL
) ON COMMIT DELETE ROWS)";
constexpr const char* kCreateGroupStage = R"(
CREATE TEMP TABLE IF NOT EXISTS cgs_member_groups (
  group_id text PRIMARY KEY, total_participant_count integer
) ON COMMIT DELETE ROWS)";
constexpr const char* kClearMemberStage = "DELETE FROM cgs_member_stage";
constexpr const char* kClearGroupStage = "DELETE FROM cgs_member_groups";
// Temporary tables get no statistics unless asked: without them the planner guesses their size.
constexpr const char* kAnalyzeMemberStage = "ANALYZE cgs_member_stage, cgs_member_groups";

// Priority: (1) added or restored by this run's merge; (2) a listed TotalParticipantCount that
// differs from the current members and from the count the last check saw (a count the member
// list never matches is not refreshed again and again); (3) never checked, or checked longer ago
// than `refresh`, oldest first. Removed groups are never refreshed. Each group's check row is
// looked up by its key (OFFSET 0 keeps the subquery a per-row index probe): right after a large
// first refresh the tables' statistics still say "empty", and a join planned on them compares
// every group with every check row.
constexpr const char* kCandidates = R"(
SELECT g.group_id, r.reason, g.total_participant_count
FROM chat_groups g
LEFT JOIN LATERAL (
  SELECT k.checked_at, k.total_participant_count FROM chat_group_participant_checks k
  WHERE k.cust_space_id = g.cust_space_id AND k.business_number = g.business_number
    AND k.group_id = g.group_id
  OFFSET 0
) k ON true
CROSS JOIN LATERAL (
  SELECT CASE
    WHEN g.last_changed_at = $4::timestamptz AND EXISTS (
           SELECT 1 FROM chat_group_changes c
           WHERE c.cust_space_id = g.cust_space_id AND c.business_number = g.business_number
             AND c.group_id = g.group_id AND c.run_id = $5::uuid
             AND c.change_type IN ('added', 'restored'))
      THEN 1
    WHEN g.total_participant_count IS NOT NULL
         AND g.total_participant_count IS DISTINCT FROM k.total_participant_count
         AND g.total_participant_count <> (
           SELECT count(*) FROM chat_group_participants p
           WHERE p.cust_space_id = g.cust_space_id AND p.business_number = g.business_number
             AND p.group_id = g.group_id AND p.left_at IS NULL)
      THEN 2
    WHEN k.checked_at IS NULL OR k.checked_at < clock_timestamp() - $6::bigint * interval '1 millisecond'
      THEN 3
  END AS reason
) r
WHERE g.cust_space_id = $1 AND g.business_number = $2 AND g.account_name = $3
  AND g.removed_at IS NULL AND r.reason IS NOT NULL
ORDER BY r.reason, k.checked_at NULLS FIRST, g.group_id
LIMIT $7)";

// Memberships of the refreshed groups that their lists no longer have.
constexpr const char* kLeave = R"(
WITH gone AS (
  UPDATE chat_group_participants p SET left_at = $4::timestamptz
  FROM cgs_member_groups mg
  WHERE p.cust_space_id = $1 AND p.business_number = $2 AND p.group_id = mg.group_id
    AND p.left_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM cgs_member_stage s
                    WHERE s.group_id = p.group_id AND s.participant_number = p.participant_number)
  RETURNING p.group_id, p.participant_number
), ch AS (
  INSERT INTO chat_group_changes
    (run_id, cust_space_id, business_number, group_id, change_type, changed_fields, changed_at)
  SELECT $3::uuid, $1, $2, group_id, 'participant_left',
         jsonb_build_object('ParticipantNumber',
                            jsonb_build_object('old', participant_number, 'new', NULL)),
         $4::timestamptz
  FROM gone ORDER BY group_id, participant_number
  RETURNING 1
)
SELECT count(*) FROM ch)";

// Numbers listed now: memberships back from having left, and new ones.
constexpr const char* kJoin = R"(
WITH back AS (
  UPDATE chat_group_participants p SET left_at = NULL
  FROM cgs_member_stage s
  WHERE p.cust_space_id = $1 AND p.business_number = $2 AND p.group_id = s.group_id
    AND p.participant_number = s.participant_number AND p.left_at IS NOT NULL
  RETURNING p.group_id, p.participant_number
), fresh AS (
  INSERT INTO chat_group_participants
    (cust_space_id, business_number, group_id, participant_number, first_seen_at)
  SELECT $1, $2, s.group_id, s.participant_number, $4::timestamptz
  FROM cgs_member_stage s
  WHERE NOT EXISTS (SELECT 1 FROM chat_group_participants p
                    WHERE p.cust_space_id = $1 AND p.business_number = $2
                      AND p.group_id = s.group_id AND p.participant_number = s.participant_number)
  RETURNING group_id, participant_number
), ch AS (
  INSERT INTO chat_group_changes
    (run_id, cust_space_id, business_number, group_id, change_type, changed_fields, changed_at)
  SELECT $3::uuid, $1, $2, group_id, 'participant_joined',
         jsonb_build_object('ParticipantNumber',
                            jsonb_build_object('old', NULL, 'new', participant_number)),
         $4::timestamptz
  FROM (SELECT * FROM back UNION ALL SELECT * FROM fresh) j
  ORDER BY group_id, participant_number
  RETURNING 1
)
SELECT count(*) FROM ch)";

constexpr const char* kCheck = R"(
INSERT INTO chat_group_participant_checks
  (cust_space_id, business_number, group_id, checked_at, run_id, total_participant_count)
SELECT $1, $2, group_id, $4::timestamptz, $3::uuid, total_participant_count
FROM cgs_member_groups
ON CONFLICT (cust_space_id, business_number, group_id) DO UPDATE
  SET checked_at = EXCLUDED.checked_at, run_id = EXCLUDED.run_id,
      total_participant_count = EXCLUDED.total_participant_count)";

constexpr const char* kBackoff = R"(
SELECT denials, retry_after > clock_timestamp(),
       to_char(retry_after AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), error_code
FROM participant_backoff WHERE account_name = $1)";

constexpr const char* kRecordDenial = R"(
INSERT INTO participant_backoff
  (account_name, denials, denied_at, retry_after, error_code, request_id)
VALUES ($1, 1, clock_timestamp(), clock_timestamp() + $2::bigint * interval '1 millisecond', $3,
        nullif($4, ''))
ON CONFLICT (account_name) DO UPDATE
  SET denials = participant_backoff.denials + 1, denied_at = EXCLUDED.denied_at,
      retry_after = EXCLUDED.retry_after, error_code = EXCLUDED.error_code,
      request_id = EXCLUDED.request_id)";

constexpr const char* kClearBackoff = "DELETE FROM participant_backoff WHERE account_name = $1";

constexpr const char* kPruneLeft = R"(
DELETE FROM chat_group_participants WHERE ctid = ANY (ARRAY(
  SELECT ctid FROM chat_group_participants
  WHERE left_at < clock_timestamp() - $1::bigint * interval '1 millisecond'
  LIMIT 1000)))";

std::optional<std::int32_t> optionalInt(const pqxx::field& f) {
  if (f.is_null()) return std::nullopt;
  return f.as<std::int32_t>();
}

}  // namespace

ParticipantStore::ParticipantStore(Connection& connection, WriteScope scope, pqxx::work* dry_run_tx)
    : connection_(connection), scope_(std::move(scope)), dry_run_tx_(dry_run_tx) {}

template <typename F>
decltype(auto) ParticipantStore::inTransaction(F&& f) {
  return withDatabaseErrors([&]() -> decltype(auto) {
    if (dry_run_tx_ != nullptr) return f(*dry_run_tx_);
    pqxx::work tx(connection_.get());
    if constexpr (std::is_void_v<decltype(f(tx))>) {
      f(tx);
      tx.commit();
    } else {
      auto result = f(tx);
      tx.commit();
      return result;
    }
  });
}

std::vector<RefreshCandidate> ParticipantStore::candidates(const std::string& merged_at,
                                                           Millis refresh, int limit) {
  return inTransaction([&](pqxx::work& tx) {
    const auto& s = scope_;
    std::vector<RefreshCandidate> out;
    const std::optional<std::string> at =
        merged_at.empty() ? std::nullopt : std::optional<std::string>(merged_at);
    for (const auto& r :
         tx.exec_params(kCandidates, s.cust_space_id, s.business_number, s.account_name, at,
                        s.run_id, static_cast<std::int64_t>(refresh.count()), limit)) {
      out.push_back(
          {r[0].as<std::string>(), static_cast<RefreshReason>(r[1].as<int>()), optionalInt(r[2])});
    }
    return out;
  });
}

MemberCounts ParticipantStore::apply(const std::vector<GroupMembers>& groups) {
  if (groups.empty()) return {};
  if (dry_run_tx_ == nullptr) {
    connection_.ensureTemporary("member_stage", {kCreateMemberStage, kCreateGroupStage});
  }
  return inTransaction([&](pqxx::work& tx) {
    const auto& s = scope_;
    if (dry_run_tx_ != nullptr) {  // inside the listing's transaction, which may not have them
      tx.exec(kCreateMemberStage);
      tx.exec(kCreateGroupStage);
    }
    MirrorWrite write(tx, connection_.schema(), s);
    if (dry_run_tx_ == nullptr) write.open();
    tx.exec(kClearMemberStage);
    tx.exec(kClearGroupStage);
    {
      CopyWriter members(tx, "cgs_member_stage", {"group_id", "participant_number"});
      for (const auto& g : groups) {
        for (const auto& n : g.numbers) {
          members << g.group_id << n;
          members.endRow();
        }
      }
      members.complete();
    }
    {
      CopyWriter refreshed(tx, "cgs_member_groups", {"group_id", "total_participant_count"});
      for (const auto& g : groups) {
        refreshed << g.group_id;
        if (g.total_participant_count) {
          refreshed << std::to_string(*g.total_participant_count);
        } else {
          refreshed.null();
        }
        refreshed.endRow();
      }
      refreshed.complete();
    }
    tx.exec(kAnalyzeMemberStage);
    const std::string now = write.now();
    MemberCounts counts;
    counts.groups = static_cast<std::int64_t>(groups.size());
    counts.left = tx.exec_params1(kLeave, s.cust_space_id, s.business_number, s.run_id, now)[0]
                      .as<std::int64_t>();
    counts.joined = tx.exec_params1(kJoin, s.cust_space_id, s.business_number, s.run_id, now)[0]
                        .as<std::int64_t>();
    tx.exec_params(kCheck, s.cust_space_id, s.business_number, s.run_id, now);
    countMembers(tx, s.run_id, counts);
    if (dry_run_tx_ == nullptr) {
      write.close({{"participants_joined", counts.joined}, {"participants_left", counts.left}},
                  counts.joined + counts.left > 0);
    }
    return counts;
  });
}

std::optional<ParticipantBackoff> ParticipantStore::backoff() {
  return inTransaction([&](pqxx::work& tx) -> std::optional<ParticipantBackoff> {
    const auto rows = tx.exec_params(kBackoff, scope_.account_name);
    if (rows.empty()) return std::nullopt;
    const auto& r = rows[0];
    return ParticipantBackoff{r[0].as<int>(), r[1].as<bool>(), r[2].as<std::string>(),
                              r[3].as<std::string>()};
  });
}

void ParticipantStore::recordDenial(const std::string& error_code, const std::string& request_id,
                                    Millis wait) {
  if (dry_run_tx_ != nullptr) return;
  inTransaction([&](pqxx::work& tx) {
    tx.exec_params(kRecordDenial, scope_.account_name, static_cast<std::int64_t>(wait.count()),
                   error_code, request_id);
  });
}

void ParticipantStore::clearBackoff() {
  if (dry_run_tx_ != nullptr) return;
  inTransaction([&](pqxx::work& tx) { tx.exec_params(kClearBackoff, scope_.account_name); });
}

void ParticipantStore::finish(const ParticipantRunEnd& end) {
  if (dry_run_tx_ != nullptr) return;
  inTransaction([&](pqxx::work& tx) { finishMembers(tx, scope_.run_id, end); });
}

std::int64_t pruneLeftMembers(Connection& connection, Millis retention) {
  if (retention.count() == 0) return 0;
  return withDatabaseErrors([&] {
    std::int64_t total = 0;
    for (;;) {
      pqxx::work tx(connection.get());
      const auto r = tx.exec_params(kPruneLeft, static_cast<std::int64_t>(retention.count()));
      tx.commit();
      total += static_cast<std::int64_t>(r.affected_rows());
      if (r.affected_rows() < 1000) return total;
    }
  });
}

}  // namespace cgs
