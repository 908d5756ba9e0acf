#pragma once

#include <string>

namespace cgs {

// Where a failed call failed.
enum class ApiErrorKind {
  kTransport,  // no HTTP response: DNS, connect, TLS, timeout, reset (code "Transport.*"), or
               // not sent for want of a slot of the shared quota ("Quota.Unavailable")
  kGateway,    // the API gateway refused the call: HTTP 4xx/5xx with {Code, Message, RequestId}
  kBusiness,   // the product answered Success:false or a Code other than OK
  kMalformed,  // a response we cannot trust: not JSON, wrong types, missing fields
  kCancelled,  // the daemon is stopping
};

// A failed ListChatGroup call, as a value. Whether another attempt may succeed is the retry
// policy's decision alone (isRetryable in retry_policy.h).
struct ApiError {
  ApiErrorKind kind = ApiErrorKind::kTransport;
  std::string code;  // "Throttling.User", "SignatureDoesNotMatch", "Transport.Timeout", ...
  std::string message;
  std::string request_id;  // empty when there was no response or it carried none
  int http_status = 0;     // 0 when there was no response

  // "SignatureDoesNotMatch (HTTP 400, request 1A2B-...): The request signature does not ..."
  [[nodiscard]] std::string describe() const;
};

}  // namespace cgs
