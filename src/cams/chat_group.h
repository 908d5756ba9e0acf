#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cgs {

// One ListChatGroup item. The modelled fields are what the mirror has columns for; `raw` is the
// whole item as JSON text so fields the API adds later are kept, never silently lost. Strings are
// valid UTF-8 without NUL characters (NUL becomes U+FFFD: PostgreSQL text cannot hold it).
struct ChatGroup {
  std::string group_id;
  std::optional<std::string> subject;
  std::optional<std::string> description;
  std::optional<std::string> invite_link;
  std::optional<std::string> group_status;
  std::optional<std::string> profile_picture_file;
  // The item as jsonb prints it (cams/jsonb_text.h): keys by length then bytes, ", " and ": ".
  // PostgreSQL reads it into the same jsonb as the API's own bytes, and its raw_digest column is
  // md5Prefix64 of this text (common/crypto.h).
  std::string raw;
};

// The item fields of the 2026 SDK that the mirror keeps as typed columns (generated from raw in
// migrations/0002_schema2.sql), and the JSON values each column takes: strings, or numbers with a
// whole value in the column's range. Any other value leaves the column NULL and stays in raw.
enum class ItemFieldType { kString, kInt32, kInt64 };
struct TypedItemField {
  std::string_view name;
  ItemFieldType type;
};
inline constexpr std::array<TypedItemField, 5> kTypedItemFields{{
    {"BusinessRole", ItemFieldType::kString},
    {"GmtModifier", ItemFieldType::kInt64},
    {"GroupLink", ItemFieldType::kString},
    {"GroupType", ItemFieldType::kString},
    {"TotalParticipantCount", ItemFieldType::kInt32},
}};

// A typed field whose value has the wrong JSON type (the run warns once per field).
struct MistypedField {
  std::string_view field;  // one of kTypedItemFields' names
  std::string group_id;
};

// One page of a listing.
struct ListChatGroupPage {
  std::string request_id;
  std::int64_t total = 0;  // Data.Total: entries across all pages
  std::vector<ChatGroup> groups;
  std::vector<MistypedField> mistyped;
  // Set by the pager: the indexes (ascending) of the items whose GroupId an earlier item of the
  // same listing pass had. An item whose GroupId merely shares a 64-bit hash with an earlier one's
  // may be listed too, so "repeated" means "maybe a repeat".
  std::vector<std::size_t> repeated;
};

}  // namespace cgs
