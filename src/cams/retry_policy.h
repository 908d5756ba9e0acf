#pragma once

#include <chrono>

#include "cams/api_error.h"
#include "common/duration.h"

namespace cgs {

// Whether another attempt of the same call may succeed:
//  retry: transport failures (not TLS verification), HTTP 5xx, Throttling*, ServiceUnavailable*,
//         InternalError*, 999999, SignatureNonceUsed (a fresh nonce is signed each attempt),
//         a body that is not JSON (a truncated or proxied response);
//  never: SignatureDoesNotMatch, InvalidAccessKeyId.*, Forbidden*, InvalidTimeStamp.*,
//         MissingParameter*, InvalidParameter*, Authentication.*, well-formed JSON of the wrong
//         shape, a cancelled call, and any other 4xx or business error.
[[nodiscard]] bool isRetryable(const ApiError& error);

// Whether the gateway said we are over the QPS quota.
[[nodiscard]] bool isThrottling(const ApiError& error);

// Whether the key or the account may not call the action at all: HTTP 403, Forbidden* (RAM denies
// the action) or Authentication* (the vendor has not enabled the API for the account). Asking
// again soon gets the same answer.
[[nodiscard]] bool isAccessDenied(const ApiError& error);

struct BackoffPolicy {
  Millis base{200};            // first retry waits up to this
  Millis throttle_base{1000};  // first retry after Throttling waits up to this
  Millis cap{10'000};          // no single wait is longer
};

// Full-jitter exponential backoff: a wait drawn uniformly from [0, min(cap, base * 2^(n-1)))
// after the n-th failed attempt (n >= 1). `uniform` is a number in [0, 1) from an injected source
// of randomness, so tests need not sleep or draw.
[[nodiscard]] Millis backoffDelay(int failed_attempts, const ApiError& error, double uniform,
                                  const BackoffPolicy& policy = {});

}  // namespace cgs
