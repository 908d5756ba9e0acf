#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "common/duration.h"

namespace cgs {

// What one POST of a delivery got back.
struct DeliveryAttempt {
  int http_status = 0;                // 0: no HTTP response (connection error, timeout)
  std::string error;                  // the transport's error, or the first 1 KB of the response
  std::optional<Millis> retry_after;  // the response's Retry-After, when it had one
};

enum class DeliveryOutcome { kDelivered, kRetry, kDead };

struct DeliveryDecision {
  DeliveryOutcome outcome = DeliveryOutcome::kDead;
  Millis wait{0};      // kRetry: until the next attempt
  std::string reason;  // kDead: why, for the delivery's last_error
};

// The one owner of a delivery's fate after an attempt:
//   any 2xx                              -> delivered;
//   no response, 408, 429 or any 5xx     -> retry after a full-jitter exponential backoff
//                                           (`uniform` in [0,1) scales min(10 min, 1 s * 2^(n-1))
//                                           after the n-th attempt), or after Retry-After when the
//                                           receiver sent it (at least 1 s);
//   any other status (3xx, other 4xx)    -> dead at once (the receiver refused it);
//   a retry that would start after `max_age` from the delivery's creation -> dead.
[[nodiscard]] DeliveryDecision decideDelivery(const DeliveryAttempt& attempt, int attempts,
                                              Millis age, Millis max_age, double uniform);

// A Retry-After header value: delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00
// GMT", relative to `now`); nullopt when it is neither.
[[nodiscard]] std::optional<Millis> parseRetryAfter(std::string_view value,
                                                    std::chrono::system_clock::time_point now);

}  // namespace cgs
