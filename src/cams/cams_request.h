#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "cams/acs3_signer.h"

namespace cgs {

inline constexpr std::string_view kCamsApiVersion = "2020-06-06";

// The most items a list response may carry when no page size is known (api.page_size's bound).
inline constexpr std::size_t kMaxListItems = 1000;

// {"Index":1,"Size":20}: the Page object, sent as one JSON string (Index first, as the SDKs do).
[[nodiscard]] std::string pageJson(int index, int size);

// "2024-01-02T03:04:05Z"
[[nodiscard]] std::string formatAcsDate(std::chrono::system_clock::time_point t);

// A complete, signed request for one CAMS action (POST /, every parameter in the query, empty
// body): host, x-acs-action/version/date/signature-nonce/content-sha256, x-acs-security-token
// when `security_token` is not empty, and Authorization. Pure.
[[nodiscard]] HttpRequest buildSignedRequest(std::string_view action, const QueryParams& query,
                                             std::string_view host, std::string_view access_key_id,
                                             std::string_view access_key_secret,
                                             std::string_view security_token, std::string_view date,
                                             std::string_view nonce);

}  // namespace cgs
