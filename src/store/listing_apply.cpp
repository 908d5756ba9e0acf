#include "store/listing_apply.h"

#include <cmath>
#include <pqxx/pqxx>
#include <tuple>

#include <nlohmann/json.hpp>

#include "store/database_error.h"
#include "store/text_sanitizer.h"

namespace cgs {
namespace {

// ON COMMIT DELETE ROWS: the staging rows never outlive the transaction; the table lives as long
// as the session, so it is created once per connection.
constexpr const char* kCreateStage = R"(
CREATE TEMP TABLE IF NOT EXISTS cgs_stage (
  group_id text NOT NULL, subject text, description text, invite_link text, group_status text,
  profile_picture_file text, raw jsonb NOT NULL
) ON COMMIT DELETE ROWS)";

// Every merge statement looks groups up by id in the stage. Without an index a stale row estimate
// (the mirror's statistics lag behind a large load in the same transaction) can make the planner
// scan the whole stage once per mirror row.
constexpr const char* kIndexStage =
    "CREATE INDEX IF NOT EXISTS cgs_stage_group_id ON cgs_stage (group_id)";

// Two runs of one account never merge at once, even if a replica lost its session lock.
constexpr const char* kMergeLock =
    "SELECT pg_advisory_xact_lock(hashtext('cams-groupsync/merge/' || $1), hashtext($2))";

// Drops the later duplicates of a GroupId (only incomplete listings can have them).
constexpr const char* kDedupe = R"(
DELETE FROM cgs_stage a USING cgs_stage b
WHERE a.group_id = b.group_id AND a.ctid < b.ctid)";

constexpr const char* kRemovalCheck = R"(
SELECT count(*),
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM cgs_stage s WHERE s.group_id = g.group_id))
FROM chat_groups g
WHERE g.cust_space_id = $1 AND g.business_number = $2 AND g.account_name = $3
  AND g.removed_at IS NULL)";

// Updated and restored groups, with a diff of the raw item's fields (the modelled columns are
// derived from it, so a change in any of them is a change in raw).
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
         (SELECT jsonb_object_agg(k, jsonb_build_object('old', c.old_raw -> k, 'new', c.raw -> k))
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

constexpr const char* kAdd = R"(
WITH ins AS (
  INSERT INTO chat_groups
    (cust_space_id, business_number, group_id, subject, description, invite_link, group_status,
     profile_picture_file, raw, account_name, first_seen_at, last_changed_at)
  SELECT $1, $2, s.group_id, s.subject, s.description, s.invite_link, s.group_status,
         s.profile_picture_file, s.raw, $3, $5, $5
  FROM cgs_stage s
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
SELECT count(*) FROM ch)";

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

constexpr const char* kDryRunChanges = R"(
SELECT c.change_type, c.group_id, coalesce(g.subject, ''), coalesce(c.changed_fields::text, '')
FROM chat_group_changes c
LEFT JOIN chat_groups g USING (cust_space_id, business_number, group_id)
WHERE c.run_id = $1::uuid
ORDER BY c.change_id)";

// A column value for COPY: nullptr is NULL; text that PostgreSQL would refuse is repaired into
// `holder` first.
const char* column(const std::optional<std::string>& value, std::string& holder) {
  if (!value) return nullptr;
  if (auto fixed = repairText(*value)) {
    holder = std::move(*fixed);
    return holder.c_str();
  }
  return value->c_str();
}

}  // namespace

ListingApply::ListingApply(Connection& connection, ApplyScope scope)
    : connection_(connection), scope_(std::move(scope)) {
  withDatabaseErrors([&] {
    pqxx::connection& c = connection_.get();
    if (!connection_.stage_created) {
      pqxx::nontransaction tx(c);
      tx.exec(kCreateStage);
      tx.exec(kIndexStage);
      connection_.stage_created = true;
    }
    tx_ = std::make_unique<pqxx::work>(c);
    openStream();
  });
}

ListingApply::~ListingApply() {
  try {
    stream_.reset();  // an open COPY is ended (and the transaction then rolled back)
    tx_.reset();
  } catch (...) {
    connection_.reset();
  }
}

void ListingApply::openStream() {
  stream_ = std::make_unique<pqxx::stream_to>(
      *tx_, "cgs_stage",
      std::vector<std::string>{"group_id", "subject", "description", "invite_link", "group_status",
                               "profile_picture_file", "raw"});
}

void ListingApply::closeStream() {
  if (stream_) {
    stream_->complete();
    stream_.reset();
  }
}

void ListingApply::add(const ChatGroup& g) {
  std::string h[7];
  const std::optional<std::string> id = g.group_id;
  const std::optional<std::string> raw = g.raw;
  withDatabaseErrors([&] {
    *stream_ << std::make_tuple(column(id, h[0]), column(g.subject, h[1]),
                                column(g.description, h[2]), column(g.invite_link, h[3]),
                                column(g.group_status, h[4]), column(g.profile_picture_file, h[5]),
                                column(raw, h[6]));
  });
  ++staged_;
}

void ListingApply::restart() {
  withDatabaseErrors([&] {
    closeStream();
    tx_->exec("TRUNCATE cgs_stage");
    openStream();
  });
  staged_ = 0;
}

ApplyResult ListingApply::finish(const ApplyPolicy& policy, RunEnd end) {
  return withDatabaseErrors([&] {
    closeStream();
    pqxx::work& tx = *tx_;
    ApplyResult result;
    tx.exec_params(kMergeLock, connection_.schema(), scope_.account_name);
    if (!policy.complete) tx.exec(kDedupe);
    // Only the join column: statistics of `raw` (jsonb) cost a sort of the whole sample and no
    // statement filters on it.
    tx.exec("ANALYZE cgs_stage (group_id)");
    result.counts.groups_seen = tx.exec1("SELECT count(*) FROM cgs_stage")[0].as<std::int64_t>();
    const std::string now = tx.exec1("SELECT clock_timestamp()::text")[0].as<std::string>();
    const auto& s = scope_;

    if (policy.complete) {
      const auto check =
          tx.exec_params1(kRemovalCheck, s.cust_space_id, s.business_number, s.account_name);
      result.present_before = check[0].as<std::int64_t>();
      result.would_remove = check[1].as<std::int64_t>();
      const bool mass = result.would_remove > 0 &&
                        (result.would_remove == result.present_before ||
                         static_cast<double>(result.would_remove) >
                             policy.max_removal_share * static_cast<double>(result.present_before));
      if (mass && !policy.allow_mass_removal) {
        result.held = true;
        end.status = "held";
        end.counts.groups_seen = result.counts.groups_seen;
        end.error_code = "MassRemovalHeld";
        end.error_message = "the listing would remove " + std::to_string(result.would_remove) +
                            " of " + std::to_string(result.present_before) +
                            " present groups; nothing was applied (rerun with "
                            "--allow-mass-removal if this is real)";
        if (!policy.dry_run) {
          finishRun(tx, s.run_id, end);
          tx.commit();
        }
        return result;
      }
    }
    // Removals first: they only concern rows that existed before this run.
    if (policy.complete) {
      result.counts.removed = tx.exec_params1(kRemove, s.cust_space_id, s.business_number,
                                              s.account_name, s.run_id, now)[0]
                                  .as<std::int64_t>();
    }
    const auto upd =
        tx.exec_params1(kUpdate, s.cust_space_id, s.business_number, s.account_name, s.run_id, now);
    result.counts.updated = upd[0].as<std::int64_t>();
    result.counts.restored = upd[1].as<std::int64_t>();
    result.counts.added =
        tx.exec_params1(kAdd, s.cust_space_id, s.business_number, s.account_name, s.run_id, now)[0]
            .as<std::int64_t>();
    result.counts.unchanged = result.counts.groups_seen - result.counts.added -
                              result.counts.updated - result.counts.restored;
    if (policy.dry_run) {
      for (const auto& r : tx.exec_params(kDryRunChanges, s.run_id)) {
        result.changes.push_back({r[0].as<std::string>(), r[1].as<std::string>(),
                                  r[2].as<std::string>(), r[3].as<std::string>()});
      }
      tx.abort();
      return result;
    }
    end.status = policy.complete ? "succeeded" : "incomplete";
    end.counts = result.counts;
    finishRun(tx, s.run_id, end);
    if (result.counts.changes() > 0) {
      const nlohmann::json payload{{"schema", connection_.schema()},
                                   {"account", s.account_name},
                                   {"run_id", s.run_id},
                                   {"added", result.counts.added},
                                   {"updated", result.counts.updated},
                                   {"removed", result.counts.removed},
                                   {"restored", result.counts.restored}};
      tx.exec_params("SELECT pg_notify('cams_group_changes', $1)", payload.dump());
    }
    tx.commit();
    return result;
  });
}

}  // namespace cgs
