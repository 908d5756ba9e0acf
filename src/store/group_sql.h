#pragma once

#include <array>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "cams/chat_group.h"
#include "store/copy_writer.h"

namespace cgs {

// The columns of chat_groups a listing writes from each item, in one place: the staging tables,
// the first sync's COPY and the merge statements are all written from this list. (The typed
// columns of schema 2 are generated from `raw` by PostgreSQL: migrations/0002_schema2.sql.)
struct GroupColumn {
  std::string_view name;
  std::string_view stage_type;  // its type in the staging tables
};
inline constexpr std::array<GroupColumn, 7> kGroupColumns{{
    {"group_id", "text NOT NULL"},
    {"subject", "text"},
    {"description", "text"},
    {"invite_link", "text"},
    {"group_status", "text"},
    {"profile_picture_file", "text"},
    {"raw", "jsonb NOT NULL"},
}};

// The names, as COPY takes them.
[[nodiscard]] std::vector<std::string> groupColumnNames();
// "s.group_id, s.subject, ..." for `prefix` "s" (or the bare names for an empty one).
[[nodiscard]] std::string groupColumnList(std::string_view prefix);

// CREATE TEMP TABLE ... (ON COMMIT DELETE ROWS) of a staging table with the columns.
[[nodiscard]] std::string createStageSql(std::string_view table);
// Drops the later duplicates of a GroupId from a staging table, keeping its first copy.
[[nodiscard]] std::string dedupeSql(std::string_view table);
// Adds the staged groups the mirror does not have, with their `added` history; returns the count.
// Parameters: $1 CustSpaceId, $2 BusinessNumber, $3 account name, $4 run id, $5 the time.
[[nodiscard]] std::string addFromStageSql(std::string_view table);
// The update and restore of the staged groups that differ from the mirror (same parameters);
// returns the counts of updated and restored.
[[nodiscard]] std::string updateFromStageSql(std::string_view table);

// Writes one item's values as fields of a row, in kGroupColumns' order: NULL where it has none,
// text PostgreSQL would refuse repaired first. `group_id`, when given, is set to the GroupId as
// written.
void writeGroupFields(CopyWriter& out, const ChatGroup& g, std::string* group_id = nullptr);

}  // namespace cgs
