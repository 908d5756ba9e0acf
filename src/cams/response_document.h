#pragma once

#include <cstdint>
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

// The part every CAMS list response shares, read strictly: a JSON object (no key twice, nesting
// bounded) that is not a refusal (HTTP 200, Code "OK" or absent, Success true or absent), with a
// RequestId and a Data object holding an integer Total in 0..kMaxTotal and a List that is an
// array (an absent or null List only when Total is 0: `list` is then an empty array) of at most
// `max_items` items — counted while parsing, so a List of millions of "{}" is refused before its
// items are built (a 12 MB body of them cost 400 MB when it was not).
struct ResponseData {
  nlohmann::json document;
  std::string request_id;
  std::int64_t total = 0;
  nlohmann::json list;  // the Data.List array, moved out of `document`
};

// The shared part of a list response, or an ApiError (the refusal as the API gave it, or
// Response.Malformed / Response.NotJson naming what was wrong and the request id). Never throws.
[[nodiscard]] std::variant<ResponseData, ApiError> readListResponse(int http_status,
                                                                    std::string_view body,
                                                                    std::size_t max_items);

// A Response.Malformed error.
[[nodiscard]] ApiError malformedResponse(int http_status, std::string request_id,
                                         std::string message);

// "a string", "an integer", "null", ... for messages.
[[nodiscard]] std::string jsonTypeName(const nlohmann::json& j);

// Replaces U+0000 in every string and key (PostgreSQL text and jsonb cannot hold it).
void sanitizeJson(nlohmann::json& j);

// The string, with NUL replaced.
[[nodiscard]] std::string withoutNul(const std::string& s);

}  // namespace cgs
