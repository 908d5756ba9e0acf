#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cams/percent_encoding.h"

namespace cgs {

using Headers = std::vector<std::pair<std::string, std::string>>;

// An HTTP request as it will be sent (or as it was received, on the simulator's side).
struct HttpRequest {
  std::string method = "POST";
  std::string path = "/";
  QueryParams query;  // decoded, in wire order
  Headers headers;    // names as sent; must include "host"
  std::string body;
};

// Everything ACS3-HMAC-SHA256 derives, so tests can compare each stage with Alibaba's SDK.
struct Acs3Signature {
  std::string canonical_request;
  std::string string_to_sign;
  std::string signed_headers;  // "host;x-acs-action;..."
  std::string signature;       // lower-case hex
  std::string authorization;   // "ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=.."
};

inline constexpr std::string_view kAcs3Algorithm = "ACS3-HMAC-SHA256";

// The canonical query: pairs sorted by name (then value) in byte order, each
// percentEncode(name)=percentEncode(value), joined with '&'.
[[nodiscard]] std::string canonicalQueryString(const QueryParams& query);

// Whether the signature covers this header: host, content-type or x-acs-* (case-insensitive).
[[nodiscard]] bool isSignedHeaderName(std::string_view name);

// Signs over the headers named in `signed_header_names` (lower-case). The client passes every
// signable header it sends; a verifier passes the list from the Authorization header.
// Pure: no clock, no randomness.
[[nodiscard]] Acs3Signature computeAcs3Signature(
    const HttpRequest& request, const std::vector<std::string>& signed_header_names,
    std::string_view access_key_id, std::string_view access_key_secret);

// Signs over every host / content-type / x-acs-* header the request carries.
[[nodiscard]] Acs3Signature signAcs3(const HttpRequest& request, std::string_view access_key_id,
                                     std::string_view access_key_secret);

// The names signAcs3 would sign: lower-cased, sorted, unique.
[[nodiscard]] std::vector<std::string> signableHeaderNames(const Headers& headers);

}  // namespace cgs
