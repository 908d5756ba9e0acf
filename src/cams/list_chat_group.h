#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <variant>

#include "cams/api_error.h"
#include "cams/cams_request.h"
#include "cams/chat_group.h"

namespace cgs {

inline constexpr std::string_view kListChatGroupAction = "ListChatGroup";

// The request parameters; empty filters are not sent.
struct ListChatGroupParams {
  std::string cust_space_id;
  std::string business_number;
  std::string channel_type;
  std::string group_status;
  std::string subject;
  int page_index = 1;  // 1-based
  int page_size = 100;
};

// The query parameters in the order the official SDK sends them.
[[nodiscard]] QueryParams listChatGroupQuery(const ListChatGroupParams& params);

// Longest GroupId we accept (it is part of the mirror's primary key).
inline constexpr std::size_t kMaxGroupIdBytes = 512;

// Reads a ListChatGroup response strictly. Success needs HTTP 200, Code "OK" (or absent) and
// Success true (or absent), and a Data object with an integer Total and a List of items, each an
// object with a non-empty string GroupId and string-or-null known fields. Anything else is an
// ApiError naming what was wrong and the request id; so is a List of more than `max_items` (the
// page size asked for), refused before its items are built. Never throws for any input.
[[nodiscard]] std::variant<ListChatGroupPage, ApiError> parseListChatGroupResponse(
    int http_status, std::string_view body, std::size_t max_items = kMaxListItems);

}  // namespace cgs
