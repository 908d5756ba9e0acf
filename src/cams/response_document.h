#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

#include "cams/api_error.h"

namespace cgs {

// Largest Data.Total we accept; beyond it the response is treated as malformed.
inline constexpr std::int64_t kMaxTotal = 50'000'000;
// Deepest JSON nesting we accept in a response.
inline constexpr int kMaxJsonDepth = 64;

// Where a list response keeps its items and their total. ListChatGroup and its participants:
// Data.List and Data.Total; ListInstance: a top-level Data array and TotalCount;
// QueryChatappPhoneNumbers: a top-level PhoneNumbers array and no total.
struct ListShape {
  std::string_view container;  // the object holding the list: "Data", or "" for the root
  std::string_view list;       // the array's key in it
  std::string_view total;      // the integer total's key ("" when the action has none)
  bool total_at_root = false;  // the total is the root's, not the container's
};
inline constexpr ListShape kDataListShape{"Data", "List", "Total", false};

// The part every CAMS list response shares, read strictly: a JSON object (no key twice, nesting
// bounded) that is not a refusal (HTTP 200, Code "OK" or absent, Success true or absent), with a
// RequestId, an integer total in 0..kMaxTotal (when the shape has one) and a list that is an array
// (absent or null only when the total is 0: `list` is then an empty array; a shape without a
// total needs the list) of at most `max_items` items — counted while parsing, so a list of millions
// of "{}" is refused before its items are built (a 12 MB body of them cost 400 MB when it was not).
struct ResponseData {
  nlohmann::json document;
  std::string request_id;
  std::int64_t total = 0;  // the list's size when the shape has no total
  nlohmann::json list;     // the list array, moved out of `document`
};

// The shared part of a list response, or an ApiError (the refusal as the API gave it, or
// Response.Malformed / Response.NotJson naming what was wrong and the request id). Never throws.
[[nodiscard]] std::variant<ResponseData, ApiError> readListResponse(
    int http_status, std::string_view body, std::size_t max_items,
    const ListShape& shape = kDataListShape);

// "Data.List", "PhoneNumbers": the list's name in messages.
[[nodiscard]] std::string listName(const ListShape& shape);

// A Response.Malformed error.
[[nodiscard]] ApiError malformedResponse(int http_status, std::string request_id,
                                         std::string message);

// "a string", "an integer", "null", ... for messages.
[[nodiscard]] std::string jsonTypeName(const nlohmann::json& j);

// An item's string field: nullopt when absent or null; a value of another type sets `problem`
// (the first one found stays) and gives nullopt.
[[nodiscard]] std::optional<std::string> optionalString(const nlohmann::json& item, const char* key,
                                                        std::string& problem);

// An item's key field: a non-empty string of at most `max_bytes`. Empty, with `problem` set
// ("GroupId is missing or empty", "... is 600 bytes long (at most 512)"), otherwise; a `problem`
// already set is kept and nothing is read.
[[nodiscard]] std::string requiredKey(const nlohmann::json& item, const char* key,
                                      std::size_t max_bytes, std::string& problem);

// Replaces U+0000 in every string and key (PostgreSQL text and jsonb cannot hold it).
void sanitizeJson(nlohmann::json& j);

// The string, with NUL replaced.
[[nodiscard]] std::string withoutNul(const std::string& s);

}  // namespace cgs
