#pragma once

#include <string>
#include <string_view>

namespace cgs {

// The X-CAMS-Groupsync-Signature value of a delivery attempt: "v1=" and the lower-case hex of
// HMAC-SHA256(secret, timestamp + "." + body), where timestamp is the X-CAMS-Groupsync-Timestamp
// value (Unix seconds, decimal) and body the exact bytes sent.
[[nodiscard]] std::string webhookSignature(std::string_view secret, std::string_view timestamp,
                                           std::string_view body);

}  // namespace cgs
