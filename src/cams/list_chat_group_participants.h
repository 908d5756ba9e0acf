#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cams/api_error.h"
#include "cams/cams_request.h"

namespace cgs {

inline constexpr std::string_view kListChatGroupParticipantsAction = "ListChatGroupParticipants";

// The request parameters of ListChatGroupParticipants; an empty channel type is not sent.
struct ListParticipantsParams {
  std::string cust_space_id;
  std::string business_number;
  std::string group_id;
  std::string channel_type;
  int page_index = 1;  // 1-based
  int page_size = 100;
};

// One page of a group's members: only the number comes back (no role, name or join time).
struct ParticipantsPage {
  std::string request_id;
  std::int64_t total = 0;            // Data.Total: members across all pages
  std::vector<std::string> numbers;  // as listed, in order
};

// Longest ParticipantNumber we accept (phone numbers are at most 15 digits; room to spare).
inline constexpr std::size_t kMaxParticipantNumberBytes = 64;

// The query parameters in the order the official SDK sends them.
[[nodiscard]] QueryParams listParticipantsQuery(const ListParticipantsParams& params);

// Reads a ListChatGroupParticipants response as strictly as a ListChatGroup one: every List item
// must be an object with a non-empty string ParticipantNumber (other fields are ignored). Never
// throws for any input. A List of more than `max_items` is refused as in ListChatGroup.
[[nodiscard]] std::variant<ParticipantsPage, ApiError> parseListParticipantsResponse(
    int http_status, std::string_view body, std::size_t max_items = kMaxListItems);

}  // namespace cgs
