#pragma once

#include <cstdint>
#include <optional>
#include <string>
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
  std::string raw;  // the item, compact JSON
};

// One page of a listing.
struct ListChatGroupPage {
  std::string request_id;
  std::int64_t total = 0;  // Data.Total: entries across all pages
  std::vector<ChatGroup> groups;
};

}  // namespace cgs
