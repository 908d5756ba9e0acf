#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <variant>

#include "cams/acs3_signer.h"
#include "cams/api_error.h"
#include "cams/chat_group.h"

namespace cgs {

inline constexpr std::string_view kCamsApiVersion = "2020-06-06";
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

// {"Index":1,"Size":20}: the Page object, sent as one JSON string (Index first, as the SDKs do).
[[nodiscard]] std::string pageJson(int index, int size);

// The query parameters in the order the official SDK sends them.
[[nodiscard]] QueryParams listChatGroupQuery(const ListChatGroupParams& params);

// "2024-01-02T03:04:05Z"
[[nodiscard]] std::string formatAcsDate(std::chrono::system_clock::time_point t);

// A complete, signed request: host, x-acs-action/version/date/signature-nonce/content-sha256,
// x-acs-security-token when `security_token` is not empty, and Authorization. Pure.
[[nodiscard]] HttpRequest buildSignedRequest(const QueryParams& query, std::string_view host,
                                             std::string_view access_key_id,
                                             std::string_view access_key_secret,
                                             std::string_view security_token, std::string_view date,
                                             std::string_view nonce);

// Largest Data.Total we accept; beyond it the response is treated as malformed.
inline constexpr std::int64_t kMaxTotal = 50'000'000;
// Deepest JSON nesting we accept in a response.
inline constexpr int kMaxJsonDepth = 64;
// Longest GroupId we accept (it is part of the mirror's primary key).
inline constexpr std::size_t kMaxGroupIdBytes = 512;

// Reads a ListChatGroup response strictly. Success needs HTTP 200, Code "OK" (or absent) and
// Success true (or absent), and a Data object with an integer Total and a List of items, each an
// object with a non-empty string GroupId and string-or-null known fields. Anything else is an
// ApiError naming what was wrong and the request id. Never throws for any input.
[[nodiscard]] std::variant<ListChatGroupPage, ApiError> parseListChatGroupResponse(
    int http_status, std::string_view body);

}  // namespace cgs
