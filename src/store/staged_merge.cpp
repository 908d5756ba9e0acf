#include "store/staged_merge.h"

#include <pqxx/pqxx>

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

constexpr const char* kRemove = R"(
WITH gone AS (
  UPDATE chat_groups g SET removed_at = $5, last_changed_at = $5
  WHERE g.cust_space_id = $1 AND g.business_number = $2 AND g.account_name = $3
    AND g.removed_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM cgs_stage s WHERE s.group_id = g.group_id)
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

StagedMerge::StagedMerge(Connection& connection, WriteScope scope)
    : ListingApply(connection, std::move(scope)) {
  withDatabaseErrors([&] { openStream(); });
}

StagedMerge::~StagedMerge() { endQuietly(stream_); }

void StagedMerge::openStream() {
  stream_ = std::make_unique<pqxx::stream_to>(*tx_, kStage, groupColumnNames());
}

void StagedMerge::closeStream() {
  if (stream_) {
    stream_->complete();
    stream_.reset();
  }
}

void StagedMerge::add(const ChatGroup& g, bool /*repeated: the merge keeps the first copy*/) {
  withDatabaseErrors([&] { writeStageRow(*stream_, g); });
}

void StagedMerge::restart() {
  withDatabaseErrors([&] {
    closeStream();
    tx_->exec(kTruncateStage);
    openStream();
  });
}

std::int64_t StagedMerge::seal(bool complete) {
  return withDatabaseErrors([&] {
    closeStream();
    write_->open();
    if (!complete) tx_->exec(kDedupeStage);
    tx_->exec(kAnalyzeStage);
    return tx_->exec1(kCountStage)[0].as<std::int64_t>();
  });
}

RemovalCheck StagedMerge::checkRemovals() {
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
    counts.groups_seen = tx.exec1(kCountStage)[0].as<std::int64_t>();
    // Removals first: they only concern rows that existed before this run.
    if (remove_absent) {
      counts.removed = tx.exec_params1(kRemove, s.cust_space_id, s.business_number, s.account_name,
                                       s.run_id, now)[0]
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
