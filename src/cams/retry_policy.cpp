#include "cams/retry_policy.h"

#include <algorithm>

namespace cgs {

bool isThrottling(const ApiError& e) { return e.family() == CodeFamily::kThrottling; }

bool isAccessDenied(const ApiError& e) {
  if (e.kind != ApiErrorKind::kGateway && e.kind != ApiErrorKind::kBusiness) return false;
  const CodeFamily f = e.family();
  return e.http_status == 403 || f == CodeFamily::kForbidden || f == CodeFamily::kAuthentication;
}

bool isRetryable(const ApiError& e) {
  const CodeFamily f = e.family();
  switch (e.kind) {
    case ApiErrorKind::kCancelled:
      return false;
    case ApiErrorKind::kTransport:
      return f != CodeFamily::kTransportTls && f != CodeFamily::kTransportTooLarge;
    case ApiErrorKind::kMalformed:
      return f == CodeFamily::kNotJson;
    case ApiErrorKind::kGateway:
    case ApiErrorKind::kBusiness:
      break;
  }
  switch (f) {
    case CodeFamily::kSignatureMismatch:
    case CodeFamily::kInvalidAccessKey:
    case CodeFamily::kForbidden:
    case CodeFamily::kInvalidTimeStamp:
    case CodeFamily::kMissingParameter:
    case CodeFamily::kPageInvalid:
    case CodeFamily::kInvalidParameter:
    case CodeFamily::kAuthentication:
      return false;
    case CodeFamily::kThrottling:
    case CodeFamily::kServiceUnavailable:
    case CodeFamily::kInternalError:
    case CodeFamily::kNonceUsed:
    case CodeFamily::kSystemBusy:
      return true;
    default:
      return e.http_status >= 500;
  }
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
