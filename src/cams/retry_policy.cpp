#include "cams/retry_policy.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace cgs {
namespace {

bool startsWith(std::string_view s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

bool isThrottling(const ApiError& e) { return startsWith(e.code, "Throttling"); }

bool isAccessDenied(const ApiError& e) {
  if (e.kind != ApiErrorKind::kGateway && e.kind != ApiErrorKind::kBusiness) return false;
  return e.http_status == 403 || startsWith(e.code, "Forbidden") ||
         startsWith(e.code, "Authentication");
}

bool isRetryable(const ApiError& e) {
  switch (e.kind) {
    case ApiErrorKind::kCancelled:
      return false;
    case ApiErrorKind::kTransport:
      return e.code != "Transport.Tls" && e.code != "Transport.TooLarge";
    case ApiErrorKind::kMalformed:
      return e.code == "Response.NotJson";
    case ApiErrorKind::kGateway:
    case ApiErrorKind::kBusiness:
      break;
  }
  constexpr std::array<std::string_view, 7> kNever{
      "SignatureDoesNotMatch", "InvalidAccessKeyId", "Forbidden",     "InvalidTimeStamp",
      "MissingParameter",      "InvalidParameter",   "Authentication"};
  for (auto prefix : kNever) {
    if (startsWith(e.code, prefix)) return false;
  }
  constexpr std::array<std::string_view, 5> kRetry{"Throttling", "ServiceUnavailable",
                                                   "InternalError", "SignatureNonceUsed", "999999"};
  for (auto prefix : kRetry) {
    if (startsWith(e.code, prefix)) return true;
  }
  return e.http_status >= 500;
}

Millis backoffDelay(int failed_attempts, const ApiError& error, double uniform,
                    const BackoffPolicy& policy) {
  const Millis base = isThrottling(error) ? policy.throttle_base : policy.base;
  const int doublings = std::clamp(failed_attempts - 1, 0, 30);
  const auto ceiling = std::min<long long>(policy.cap.count(), base.count() << doublings);
  const double u = std::clamp(uniform, 0.0, 1.0);
  return Millis{static_cast<long long>(u * static_cast<double>(ceiling))};
}

}  // namespace cgs
