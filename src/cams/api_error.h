#pragma once

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>

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

// What an error code means, decided once from its text (codeFamily): the retry policy, the run's
// outcome and the client branch on this, never on the code's text.
enum class CodeFamily {
  kOther,  // a code the contract does not document and this client does not assign
  // The gateway's and the product's (Throttling*, InvalidParameter.PageInvalid, ...)
  kThrottling,
  kServiceUnavailable,
  kInternalError,
  kSystemBusy,  // 999999
  kSignatureMismatch,
  kInvalidAccessKey,
  kInvalidTimeStamp,
  kNonceUsed,
  kForbidden,
  kAuthentication,
  kMissingParameter,
  kPageInvalid,  // InvalidParameter.PageInvalid: the page size was refused
  kInvalidParameter,
  // This client's
  kTransportTls,       // Transport.Tls: the certificate did not verify
  kTransportTooLarge,  // Transport.TooLarge: a body over the size limit
  kTransport,          // Transport.*: any other failure to get a response
  kNotJson,            // Response.NotJson: a body that is not JSON (truncated, a proxy's page)
  kMalformed,          // Response.*: JSON of the wrong shape
  kQuota,              // Quota.*: no slot of the shared quota
  kHttp,               // HTTP.<status>: an error status with no body we could read
  kParticipants,       // Participants.*: the member refresh's own
  kCancelled,          // Cancelled: the daemon is stopping
};

// The family of `code`: the one place an error code's text is read.
[[nodiscard]] CodeFamily codeFamily(std::string_view code);

// The most of a response's Code, Message and RequestId that is kept (logged, stored in
// sync_runs, used as a metrics label); longer ones are cut (truncateText).
inline constexpr std::size_t kMaxCodeBytes = 128;
inline constexpr std::size_t kMaxMessageBytes = 1024;
inline constexpr std::size_t kMaxRequestIdBytes = 128;

// A failed ListChatGroup call, as a value. Whether another attempt may succeed is the retry
// policy's decision alone (isRetryable in retry_policy.h).
struct ApiError {
  ApiErrorKind kind = ApiErrorKind::kTransport;
  std::string code;  // "Throttling.User", "SignatureDoesNotMatch", "Transport.Timeout", ...
  std::string message;
  std::string request_id;  // empty when there was no response or it carried none
  int http_status = 0;     // 0 when there was no response
  // Quota.Unavailable: the failure that kept the quota's ledger out of reach (a database's), which
  // a run reports as its own failure (sync/group_listing_step.cpp).
  std::exception_ptr cause;

  [[nodiscard]] CodeFamily family() const { return codeFamily(code); }

  // "SignatureDoesNotMatch (HTTP 400, request 1A2B-...): The request signature does not ..."
  [[nodiscard]] std::string describe() const;
};

// Rethrows the failure that kept the request from being sent when it was not the API's (`cause`:
// the shared quota's ledger, a database, out of reach), so that the run or pass fails as that
// failure; returns when the API's answer (or its absence) is the whole story.
void rethrowCause(const ApiError& e);

// The code as a metrics label value: itself when it has a family (the contract documents it:
// Throttling*, Forbidden*, InvalidParameter*, ...; or this client assigns it: Transport.*,
// Response.*, Quota.*, HTTP.*) and is at most 64 bytes of [A-Za-z0-9._-]; otherwise "other", so
// a server inventing codes cannot add label series without end.
[[nodiscard]] std::string_view codeLabel(std::string_view code);

}  // namespace cgs
