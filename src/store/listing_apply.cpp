#include "store/listing_apply.h"

#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "common/text_sanitizer.h"
#include "store/database_error.h"

namespace cgs {
namespace {

// ON COMMIT DELETE ROWS: the staging rows never outlive the transaction; the tables live as long
// as the session, so they are created once per connection. A first sync copies its groups straight
// into the mirror and stages only those the pager flagged as maybe repeated, into cgs_first, which
// has no index: each batch of them is read once, whole.
constexpr const char* kCreateStage = R"(
CREATE TEMP TABLE IF NOT EXISTS cgs_stage (
  group_id text NOT NULL, subject text, description text, invite_link text, group_status text,
  profile_picture_file text, raw jsonb NOT NULL
) ON COMMIT DELETE ROWS)";
constexpr const char* kCreateFirst =
    "CREATE TEMP TABLE IF NOT EXISTS cgs_first (LIKE cgs_stage) ON COMMIT DELETE ROWS";
const std::vector<std::string> kStageColumns{"group_id",    "subject",      "description",
                                             "invite_link", "group_status", "profile_picture_file",
                                             "raw"};

// A first sync's COPY into the mirror and the `added` history of each batch: the values addFrom
// below writes for a staged group.
const std::vector<std::string> kMirrorColumns{
    "cust_space_id", "business_number", "group_id",      "subject",
    "description",   "invite_link",     "group_status",  "profile_picture_file",
    "raw",           "account_name",    "first_seen_at", "last_changed_at"};
const std::vector<std::string> kHistoryColumns{"run_id",   "cust_space_id", "business_number",
                                               "group_id", "change_type",   "changed_at"};

// Every merge statement looks groups up by id in the stage. Without an index a stale row estimate
// (the mirror's statistics lag behind a large load in the same transaction) can make the planner
// scan the whole stage once per mirror row.
constexpr const char* kIndexStage =
    "CREATE INDEX IF NOT EXISTS cgs_stage_group_id ON cgs_stage (group_id)";

// Drops the later duplicates of a GroupId from a staging table, keeping its first copy (only
// incomplete listings can have them).
std::string dedupe(std::string_view table) {
  return fmt::format(R"(
DELETE FROM {0} a USING {0} b
WHERE a.group_id = b.group_id AND a.ctid > b.ctid)",
                     table);
}
const std::string kDedupe = dedupe("cgs_stage");
const std::string kDedupeFirst = dedupe("cgs_first");

// Whether the mirror has no row of the account yet (its first sync).
constexpr const char* kAccountIsNew = R"(
SELECT NOT EXISTS (SELECT 1 FROM chat_groups WHERE cust_space_id = $1 AND business_number = $2))";

constexpr const char* kRemovalCheck = R"(
SELECT count(*),
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM cgs_stage s WHERE s.group_id = g.group_id))
FROM chat_groups g
WHERE g.cust_space_id = $1 AND g.business_number = $2 AND g.account_name = $3
  AND g.removed_at IS NULL)";

// Updated and restored groups, with a diff of the raw item's fields (the modelled columns are
// derived from it, so a change in any of them is a change in raw). A field's side is left out of
// its diff where the item did not have it ({"new": 4} for a field that appeared), so the history
// can rebuild the item exactly (chat_groups_as_of). The typed columns of schema 2 are generated
// from raw by PostgreSQL (migrations/0002_schema2.sql).
constexpr const char* kUpdate = R"(
WITH changed AS (
  SELECT s.*, g.raw AS old_raw, g.removed_at IS NOT NULL AS was_removed,
         g.raw IS DISTINCT FROM s.raw AS raw_changed
  FROM cgs_stage s
  JOIN chat_groups g
    ON g.cust_space_id = $1 AND g.business_number = $2 AND g.group_id = s.group_id
  WHERE g.raw IS DISTINCT FROM s.raw OR g.removed_at IS NOT NULL OR g.account_name <> $3
), upd AS (
  UPDATE chat_groups g
  SET subject = c.subject, description = c.description, invite_link = c.invite_link,
      group_status = c.group_status, profile_picture_file = c.profile_picture_file, raw = c.raw,
      account_name = $3, removed_at = NULL,
      last_changed_at = CASE WHEN c.raw_changed OR c.was_removed THEN $5 ELSE g.last_changed_at END
  FROM changed c
  WHERE g.cust_space_id = $1 AND g.business_number = $2 AND g.group_id = c.group_id
), ins AS (
  INSERT INTO chat_group_changes
    (run_id, cust_space_id, business_number, group_id, change_type, changed_fields, changed_at)
  SELECT $4::uuid, $1, $2, c.group_id,
         CASE WHEN c.was_removed THEN 'restored' ELSE 'updated' END,
         (SELECT jsonb_object_agg(k,
                    CASE WHEN c.old_raw ? k THEN jsonb_build_object('old', c.old_raw -> k)
                         ELSE '{}' END ||
                    CASE WHEN c.raw ? k THEN jsonb_build_object('new', c.raw -> k) ELSE '{}' END)
          FROM (SELECT jsonb_object_keys(c.old_raw) UNION SELECT jsonb_object_keys(c.raw)) AS keys(k)
          WHERE (c.old_raw -> k) IS DISTINCT FROM (c.raw -> k)),
         $5
  FROM changed c
  WHERE c.was_removed OR c.raw_changed
  RETURNING change_type
)
SELECT count(*) FILTER (WHERE change_type = 'updated'),
       count(*) FILTER (WHERE change_type = 'restored')
FROM ins)";

// Adds the staged groups the mirror does not have, with their history.
std::string addFrom(std::string_view table) {
  return fmt::format(R"(
WITH ins AS (
  INSERT INTO chat_groups
    (cust_space_id, business_number, group_id, subject, description, invite_link, group_status,
     profile_picture_file, raw, account_name, first_seen_at, last_changed_at)
  SELECT $1, $2, s.group_id, s.subject, s.description, s.invite_link, s.group_status,
         s.profile_picture_file, s.raw, $3, $5, $5
  FROM {} s
  WHERE NOT EXISTS (SELECT 1 FROM chat_groups g
                    WHERE g.cust_space_id = $1 AND g.business_number = $2
                      AND g.group_id = s.group_id)
  RETURNING group_id
), ch AS (
  INSERT INTO chat_group_changes
    (run_id, cust_space_id, business_number, group_id, change_type, changed_at)
  SELECT $4::uuid, $1, $2, group_id, 'added', $5 FROM ins
  RETURNING 1
)
SELECT count(*) FROM ch)",
                     table);
}
const std::string kAdd = addFrom("cgs_stage");
const std::string kAddFirst = addFrom("cgs_first");

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
constexpr const char* kTruncateFirst = "TRUNCATE cgs_first";
constexpr const char* kSavepoint = "SAVEPOINT cgs_early_adds";
constexpr const char* kRollbackToSavepoint = "ROLLBACK TO SAVEPOINT cgs_early_adds";

constexpr const char* kRunChanges = R"(
SELECT c.change_type, c.group_id, coalesce(g.subject, ''), coalesce(c.changed_fields::text, '')
FROM chat_group_changes c
LEFT JOIN chat_groups g USING (cust_space_id, business_number, group_id)
WHERE c.run_id = $1::uuid
ORDER BY c.change_id)";

// A column value for COPY: nullptr is NULL; text that PostgreSQL would refuse is repaired into
// `holder` first.
const char* column(const std::string& value, std::string& holder) {
  if (auto fixed = repairText(value)) {
    holder = std::move(*fixed);
    return holder.c_str();
  }
  return value.c_str();
}
const char* column(const std::optional<std::string>& value, std::string& holder) {
  return value ? column(*value, holder) : nullptr;
}

// One group as a row of the staging tables.
void writeStageRow(pqxx::stream_to& stream, const ChatGroup& g) {
  std::string h[7];
  stream << std::make_tuple(column(g.group_id, h[0]), column(g.subject, h[1]),
                            column(g.description, h[2]), column(g.invite_link, h[3]),
                            column(g.group_status, h[4]), column(g.profile_picture_file, h[5]),
                            column(g.raw, h[6]));
}

}  // namespace

ListingApply::ListingApply(Connection& connection, WriteScope scope, bool add_early)
    : connection_(connection), scope_(std::move(scope)) {
  withDatabaseErrors([&] {
    pqxx::connection& c = connection_.get();
    if (!connection_.stage_created) {
      pqxx::nontransaction tx(c);
      tx.exec(kCreateStage);
      tx.exec(kIndexStage);
      tx.exec(kCreateFirst);
      connection_.stage_created = true;
    }
    tx_ = std::make_unique<pqxx::work>(c);
    write_ = std::make_unique<MirrorWrite>(*tx_, connection_.schema(), scope_);
    if (add_early) early_ = beginEarlyAdds();
    openStream();
  });
}

// Whether this is the account's first sync; if so the merge lock is taken (and the answer checked
// again under it), the run's timestamp chosen and the savepoint set.
bool ListingApply::beginEarlyAdds() {
  const auto& s = scope_;
  const auto is_new = [&] {
    return tx_->exec_params1(kAccountIsNew, s.cust_space_id, s.business_number)[0].as<bool>();
  };
  if (!is_new()) return false;
  write_->open();
  if (!is_new()) return false;  // another replica's first sync committed meanwhile
  merged_at_ = write_->now();
  tx_->exec(kSavepoint);
  return true;
}

ListingApply::~ListingApply() {
  try {
    stream_.reset();  // an open COPY is ended (and the transaction then rolled back)
    write_.reset();
    tx_.reset();
  } catch (...) {
    connection_.reset();
  }
}

void ListingApply::openStream() {
  stream_ = early_ ? std::make_unique<pqxx::stream_to>(*tx_, "chat_groups", kMirrorColumns)
                   : std::make_unique<pqxx::stream_to>(*tx_, "cgs_stage", kStageColumns);
}

void ListingApply::closeStream() {
  if (stream_) {
    stream_->complete();
    stream_.reset();
  }
}

void ListingApply::add(const ChatGroup& g, bool repeated) {
  withDatabaseErrors([&] {
    if (!early_) {
      writeStageRow(*stream_, g);
      return;
    }
    if (repeated) {  // its first copy may be in the mirror already: added through the stage
      repeats_.push_back(g);
    } else {
      std::string h[7];
      const char* id = column(g.group_id, h[0]);
      *stream_ << std::make_tuple(scope_.cust_space_id, scope_.business_number, id,
                                  column(g.subject, h[1]), column(g.description, h[2]),
                                  column(g.invite_link, h[3]), column(g.group_status, h[4]),
                                  column(g.profile_picture_file, h[5]), column(g.raw, h[6]),
                                  scope_.account_name, merged_at_, merged_at_);
      batch_ids_.emplace_back(id);
    }
    if (static_cast<std::int64_t>(batch_ids_.size() + repeats_.size()) >= kEarlyAddRows) {
      closeStream();
      flushEarly();
      openStream();
    }
  });
}

void ListingApply::restart() {
  withDatabaseErrors([&] {
    closeStream();
    if (early_) {
      tx_->exec(kRollbackToSavepoint);
      added_early_ = 0;
      batch_ids_.clear();
      repeats_.clear();
    } else {
      tx_->exec(kTruncateStage);
    }
    openStream();
  });
}

// Writes the history of the groups copied into the mirror since the last flush, then adds the
// flagged ones whose GroupId the mirror does not have yet (the first copy of each), as kAdd does.
// The COPY into the mirror is closed.
void ListingApply::flushEarly() {
  const auto& s = scope_;
  if (!batch_ids_.empty()) {
    pqxx::stream_to history(*tx_, "chat_group_changes", kHistoryColumns);
    for (const auto& id : batch_ids_) {
      history << std::make_tuple(s.run_id, s.cust_space_id, s.business_number, id, "added",
                                 merged_at_);
    }
    history.complete();
    added_early_ += static_cast<std::int64_t>(batch_ids_.size());
    batch_ids_.clear();
  }
  if (repeats_.empty()) return;
  pqxx::stream_to stage(*tx_, "cgs_first", kStageColumns);
  for (const auto& g : repeats_) writeStageRow(stage, g);
  stage.complete();
  repeats_.clear();
  tx_->exec(kDedupeFirst);
  added_early_ += tx_->exec_params1(kAddFirst, s.cust_space_id, s.business_number, s.account_name,
                                    s.run_id, merged_at_)[0]
                      .as<std::int64_t>();
  tx_->exec(kTruncateFirst);
}

std::int64_t ListingApply::seal(bool complete) {
  return withDatabaseErrors([&] {
    closeStream();
    write_->open();
    if (early_) {
      flushEarly();
      return added_early_;
    }
    if (!complete) tx_->exec(kDedupe);
    tx_->exec(kAnalyzeStage);
    return tx_->exec1(kCountStage)[0].as<std::int64_t>();
  });
}

RemovalCheck ListingApply::checkRemovals() {
  if (early_) return {};  // the account had no row before this run
  return withDatabaseErrors([&] {
    const auto& s = scope_;
    const auto row =
        tx_->exec_params1(kRemovalCheck, s.cust_space_id, s.business_number, s.account_name);
    return RemovalCheck{row[0].as<std::int64_t>(), row[1].as<std::int64_t>()};
  });
}

ChangeCounts ListingApply::merge(bool remove_absent) {
  if (early_) {  // every group is added already, at merged_at_
    ChangeCounts counts;
    counts.groups_seen = added_early_;
    counts.added = added_early_;
    return counts;
  }
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
    const auto upd =
        tx.exec_params1(kUpdate, s.cust_space_id, s.business_number, s.account_name, s.run_id, now);
    counts.updated = upd[0].as<std::int64_t>();
    counts.restored = upd[1].as<std::int64_t>();
    counts.added =
        tx.exec_params1(kAdd, s.cust_space_id, s.business_number, s.account_name, s.run_id, now)[0]
            .as<std::int64_t>();
    counts.unchanged = counts.groups_seen - counts.added - counts.updated - counts.restored;
    return counts;
  });
}

std::vector<ChangeRow> ListingApply::changes() {
  return withDatabaseErrors([&] {
    std::vector<ChangeRow> out;
    for (const auto& r : tx_->exec_params(kRunChanges, scope_.run_id)) {
      out.push_back({r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<std::string>(),
                     r[3].as<std::string>()});
    }
    return out;
  });
}

void ListingApply::commit(const RunEnd& end) {
  withDatabaseErrors([&] {
    closeStream();
    const auto& c = end.counts;
    write_->close({{"added", c.added},
                   {"updated", c.updated},
                   {"removed", c.removed},
                   {"restored", c.restored}},
                  c.changes() > 0);
    finishRun(*tx_, scope_.run_id, end);
    tx_->commit();
  });
}

}  // namespace cgs
