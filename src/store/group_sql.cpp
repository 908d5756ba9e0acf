#include "store/group_sql.h"

#include <fmt/format.h>

#include "common/text_sanitizer.h"

namespace cgs {
namespace {

void writeText(CopyWriter& out, const std::string& value, std::string* written = nullptr) {
  if (auto fixed = repairText(value)) {
    out << *fixed;
    if (written != nullptr) *written = std::move(*fixed);
    return;
  }
  out << std::string_view(value);
  if (written != nullptr) *written = value;
}
void writeText(CopyWriter& out, const std::optional<std::string>& value) {
  if (value) {
    writeText(out, *value);
  } else {
    out.null();
  }
}

}  // namespace

std::vector<std::string> groupColumnNames() {
  std::vector<std::string> out;
  for (const auto& c : kGroupColumns) out.emplace_back(c.name);
  return out;
}

std::string groupColumnList(std::string_view prefix) {
  std::string out;
  for (const auto& c : kGroupColumns) {
    if (!out.empty()) out += ", ";
    if (!prefix.empty()) out += fmt::format("{}.", prefix);
    out += c.name;
  }
  return out;
}

// ON COMMIT DELETE ROWS: the staging rows never outlive the transaction; the table lives as long
// as the session.
std::string createStageSql(std::string_view table) {
  std::string columns;
  for (const auto& c : kGroupColumns) {
    if (!columns.empty()) columns += ", ";
    columns += fmt::format("{} {}", c.name, c.stage_type);
  }
  return fmt::format("CREATE TEMP TABLE IF NOT EXISTS {} ({}) ON COMMIT DELETE ROWS", table,
                     columns);
}

std::string dedupeSql(std::string_view table) {
  return fmt::format(R"(
DELETE FROM {0} a USING {0} b
WHERE a.group_id = b.group_id AND a.ctid > b.ctid)",
                     table);
}

std::string addFromStageSql(std::string_view table) {
  return fmt::format(R"(
WITH ins AS (
  INSERT INTO chat_groups
    (cust_space_id, business_number, {0}, account_name, first_seen_at, last_changed_at)
  SELECT $1, $2, {1}, $3, $5, $5
  FROM {2} s
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
                     groupColumnList(""), groupColumnList("s"), table);
}

// A field's side is left out of its diff where the item did not have it ({"new": 4} for a field
// that appeared), so the history can rebuild the item exactly (chat_groups_as_of). The modelled
// columns are derived from raw, so a change in any of them is a change in raw.
std::string updateFromStageSql(std::string_view table) {
  std::string assignments;
  for (const auto& c : kGroupColumns) {
    if (c.name == "group_id") continue;
    if (!assignments.empty()) assignments += ", ";
    assignments += fmt::format("{0} = c.{0}", c.name);
  }
  return fmt::format(R"(
WITH changed AS (
  SELECT s.*, g.raw AS old_raw, g.removed_at IS NOT NULL AS was_removed,
         g.raw IS DISTINCT FROM s.raw AS raw_changed
  FROM {0} s
  JOIN chat_groups g
    ON g.cust_space_id = $1 AND g.business_number = $2 AND g.group_id = s.group_id
  WHERE g.raw IS DISTINCT FROM s.raw OR g.removed_at IS NOT NULL OR g.account_name <> $3
), upd AS (
  UPDATE chat_groups g
  SET {1},
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
                         ELSE '{{}}' END ||
                    CASE WHEN c.raw ? k THEN jsonb_build_object('new', c.raw -> k) ELSE '{{}}' END)
          FROM (SELECT jsonb_object_keys(c.old_raw) UNION SELECT jsonb_object_keys(c.raw)) AS keys(k)
          WHERE (c.old_raw -> k) IS DISTINCT FROM (c.raw -> k)),
         $5
  FROM changed c
  WHERE c.was_removed OR c.raw_changed
  RETURNING change_type
)
SELECT count(*) FILTER (WHERE change_type = 'updated'),
       count(*) FILTER (WHERE change_type = 'restored')
FROM ins)",
                     table, assignments);
}

void writeGroupFields(CopyWriter& out, const ChatGroup& g, std::string* group_id) {
  writeText(out, g.group_id, group_id);
  writeText(out, g.subject);
  writeText(out, g.description);
  writeText(out, g.invite_link);
  writeText(out, g.group_status);
  writeText(out, g.profile_picture_file);
  writeText(out, g.raw);
}

}  // namespace cgs
