#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cams/api_error.h"
#include "cams/cams_request.h"

namespace cgs {

inline constexpr std::string_view kQueryPhoneNumbersAction = "QueryChatappPhoneNumbers";

// QueryChatappPhoneNumbers' own limit: 10 requests per second per Alibaba Cloud account, apart
// from any other action's.
inline constexpr double kQueryPhoneNumbersQps = 10.0;

// The most numbers one space's response may carry (the action has no paging).
inline constexpr std::size_t kMaxPhoneNumbersPerSpace = 10'000;

// One WhatsApp business number of a customer space. Status, quality and tier are stored as
// given (the contract documents them only by example); `raw` is the whole item as JSON text.
struct PhoneNumber {
  std::string phone_number;
  std::optional<std::string> status;                // CONNECTED, ...
  std::optional<std::string> quality_rating;        // GREEN, YELLOW, RED, ...
  std::optional<std::string> messaging_limit_tier;  // TIER_10K, ...
  std::optional<std::string> verified_name;
  std::string raw;
};

struct PhoneNumbersPage {
  std::string request_id;
  std::int64_t total = 0;  // the numbers listed (the action gives no total of its own)
  std::vector<PhoneNumber> numbers;
};

// Longest PhoneNumber we accept.
inline constexpr std::size_t kMaxPhoneNumberBytes = 64;

// The query parameters: the space, as the official SDK sends it.
[[nodiscard]] QueryParams queryPhoneNumbersQuery(const std::string& cust_space_id);

// Reads a QueryChatappPhoneNumbers response (a top-level PhoneNumbers array, no total, no paging)
// as strictly as a ListChatGroup one: every item an object with a non-empty string PhoneNumber
// that appears once, the other modelled fields strings or absent (CallingConfigure and any other
// field stay in raw). Never throws.
[[nodiscard]] std::variant<PhoneNumbersPage, ApiError> parseQueryPhoneNumbersResponse(
    int http_status, std::string_view body, std::size_t max_items = kMaxPhoneNumbersPerSpace);

}  // namespace cgs
