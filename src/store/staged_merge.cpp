#include "store/staged_merge.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "common/text_sanitizer.h"
#include "store/database_error.h"
#include "store/group_sql.h"

namespace cgs {
namespace {

constexpr const char* kStage = "cgs_stage";
// Every merge statement looks groups up by id in the stage. Without an index a stale row estimate
// (the mirror's statistics lag behind a large load in the same transaction) can make the planner
// scan the whole stage once per mirror row.
constexpr const char* kIndexStage =
    "CREATE INDEX IF NOT EXISTS cgs_stage_group_id ON cgs_stage (group_id)";
const std::string kDedupeStage = dedupeSql(kStage);
const std::string kAddStaged = addFromStageSql(kStage);
const std::string kUpdateStaged = updateFromStageSql(kStage);

constexpr const char* kRemovalCheck = R"(
SELECT count(*),
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM cgs_stage s WHERE s.group_id = g.group_id))
FROM chat_groups g
WHERE g.cust_space_id = $1 AND g.business_number = $2 AND g.account_name = $3
  AND g.removed_at IS NULL)";

// The account's present groups absent from the listing: those the stage does not have, or (when
// items found unchanged were not staged) those named in $6, a JSON array of GroupIds.
constexpr const char* kRemove = R"(
WITH gone AS (
  UPDATE chat_groups g SET removed_at = $5, last_changed_at = $5
  WHERE g.cust_space_id = $1 AND g.business_number = $2 AND g.account_name = $3
    AND g.removed_at IS NULL
    AND CASE WHEN $6::jsonb IS NULL
             THEN NOT EXISTS (SELECT 1 FROM cgs_stage s WHERE s.group_id = g.group_id)
             ELSE g.group_id IN (SELECT jsonb_array_elements_text($6::jsonb)) END
  RETURNING g.group_id
), ch AS (
  INSERT INTO chat_group_changes
    (run_id, cust_space_id, business_number, group_id, change_type, changed_at)
  SELECT $4::uuid, $1, $2, group_id, 'removed', $5 FROM gone
  RETURNING 1
)
SELECT count(*) FROM ch)";

// Only the join column: statistics of `raw` (jsonb) cost a sort of the whole sample and no
// statement filters on it.
constexpr const char* kAnalyzeStage = "ANALYZE cgs_stage (group_id)";
constexpr const char* kCountStage = "SELECT count(*) FROM cgs_stage";
constexpr const char* kTruncateStage = "TRUNCATE cgs_stage";

}  // namespace

void StagedMerge::prepare(Connection& connection) {
  // A first sync stages only the groups the pager flagged as maybe repeated, into cgs_first,
  // which has no index: each batch of them is read once, whole.
  connection.ensureTemporary("listing_stage",
                             {createStageSql(kStage), kIndexStage, createStageSql("cgs_first")});
}

StagedMerge::StagedMerge(Connection& connection, WriteScope scope, bool lock)
    : ListingApply(connection, std::move(scope)) {
  withDatabaseErrors([&] {
    // With the merge lock held from here, no other run changes the account's rows before this
    // one merges: the digests read now are the ones the merge meets.
    if (lock) write_->open();
    present_.load(*tx_, scope_.cust_space_id, scope_.business_number, scope_.account_name);
    openStream();
  });
}

StagedMerge::~StagedMerge() { endQuietly(stream_); }

void StagedMerge::openStream() {
  stream_ = std::make_unique<CopyWriter>(*tx_, kStage, groupColumnNames());
}

void StagedMerge::closeStream() {
  if (stream_) {
    stream_->complete();
    stream_.reset();
  }
}

void StagedMerge::add(const ChatGroup& g, bool /*repeated: the merge keeps the first copy*/) {
  // The id as the mirror stores it (text PostgreSQL would refuse is repaired: store/group_sql.h).
  const auto repaired = repairText(g.group_id);
  if (present_.unchanged(repaired ? *repaired : g.group_id, g.raw)) return;
  withDatabaseErrors([&] {
    writeGroupFields(*stream_, g);
    stream_->endRow();
  });
}

void StagedMerge::restart() {
  withDatabaseErrors([&] {
    closeStream();
    tx_->exec(kTruncateStage);
    present_.restart();
    openStream();
  });
}

std::int64_t StagedMerge::seal(bool complete) {
  return withDatabaseErrors([&] {
    closeStream();
    write_->open();
    if (!complete) tx_->exec(kDedupeStage);
    tx_->exec(kAnalyzeStage);
    return listed();
  });
}

std::int64_t StagedMerge::listed() {
  return tx_->exec1(kCountStage)[0].as<std::int64_t>() + present_.unchangedCount();
}

std::optional<std::string> StagedMerge::unlistedIds() {
  if (present_.unchangedCount() == 0) return std::nullopt;  // the stage has every listed item
  const auto& s = scope_;
  return nlohmann::json(
             present_.unlistedIds(*tx_, s.cust_space_id, s.business_number, s.account_name))
      .dump();
}

RemovalCheck StagedMerge::checkRemovals() {
  if (present_.unchangedCount() > 0) return {present_.present(), present_.unlisted()};
  return withDatabaseErrors([&] {
    const auto& s = scope_;
    const auto row =
        tx_->exec_params1(kRemovalCheck, s.cust_space_id, s.business_number, s.account_name);
    return RemovalCheck{row[0].as<std::int64_t>(), row[1].as<std::int64_t>()};
  });
}

ChangeCounts StagedMerge::merge(bool remove_absent) {
  return withDatabaseErrors([&] {
    pqxx::work& tx = *tx_;
    const auto& s = scope_;
    const std::string now = write_->now();
    merged_at_ = now;
    ChangeCounts counts;
    counts.groups_seen = listed();
    // Removals first: they only concern rows that existed before this run.
    // (With unchanged items unstaged, the present groups tell what is absent: maybe nothing.)
    const bool none_absent = present_.unchangedCount() > 0 && present_.unlisted() == 0;
    if (remove_absent && !none_absent) {
      counts.removed = tx.exec_params1(kRemove, s.cust_space_id, s.business_number, s.account_name,
                                       s.run_id, now, unlistedIds())[0]
                           .as<std::int64_t>();
    }
    const auto upd = tx.exec_params1(kUpdateStaged, s.cust_space_id, s.business_number,
                                     s.account_name, s.run_id, now);
    counts.updated = upd[0].as<std::int64_t>();
    counts.restored = upd[1].as<std::int64_t>();
    counts.added = tx.exec_params1(kAddStaged, s.cust_space_id, s.business_number, s.account_name,
                                   s.run_id, now)[0]
                       .as<std::int64_t>();
    counts.unchanged = counts.groups_seen - counts.added - counts.updated - counts.restored;
    return counts;
  });
}

}  // namespace cgs
