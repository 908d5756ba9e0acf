#include "cams/api_error.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace cgs {

void rethrowCause(const ApiError& e) {
  if (e.cause) std::rethrow_exception(e.cause);
}

std::string ApiError::describe() const {
  std::string where;
  if (http_status != 0) where = fmt::format("HTTP {}", http_status);
  if (!request_id.empty()) {
    where += fmt::format("{}request {}", where.empty() ? "" : ", ", request_id);
  } else if (http_status != 0) {
    where += ", no request id";
  }
  if (where.empty()) return fmt::format("{}: {}", code, message);
  return fmt::format("{} ({}): {}", code, where, message);
}

CodeFamily codeFamily(std::string_view code) {
  struct Entry {
    std::string_view text;
    bool exact;  // the whole code, or a prefix of it
    CodeFamily family;
  };
  // First match wins: the exact codes before the prefixes they share.
  constexpr std::array<Entry, 23> kTable{{
      {"InvalidParameter.PageInvalid", true, CodeFamily::kPageInvalid},
      {"Transport.Tls", true, CodeFamily::kTransportTls},
      {"Transport.TooLarge", true, CodeFamily::kTransportTooLarge},
      {"Response.NotJson", true, CodeFamily::kNotJson},
      {"999999", true, CodeFamily::kSystemBusy},
      {"Throttling", false, CodeFamily::kThrottling},
      {"ServiceUnavailable", false, CodeFamily::kServiceUnavailable},
      {"InternalError", false, CodeFamily::kInternalError},
      {"SignatureDoesNotMatch", false, CodeFamily::kSignatureMismatch},
      {"InvalidAccessKeyId", false, CodeFamily::kInvalidAccessKey},
      {"InvalidTimeStamp", false, CodeFamily::kInvalidTimeStamp},
      {"SignatureNonceUsed", false, CodeFamily::kNonceUsed},
      {"Forbidden", false, CodeFamily::kForbidden},
      {"Authentication", false, CodeFamily::kAuthentication},
      {"MissingParameter", false, CodeFamily::kMissingParameter},
      {"InvalidParameter", false, CodeFamily::kInvalidParameter},
      {"Transport.", false, CodeFamily::kTransport},
      {"Response.", false, CodeFamily::kMalformed},
      {"Quota.", false, CodeFamily::kQuota},
      {"HTTP.", false, CodeFamily::kHttp},
      {"Participants.", false, CodeFamily::kParticipants},
      {"Cancelled", true, CodeFamily::kCancelled},
      {"Transport", true, CodeFamily::kTransport},
  }};
  for (const Entry& e : kTable) {
    if (e.exact ? code == e.text : code.rfind(e.text, 0) == 0) return e.family;
  }
  return CodeFamily::kOther;
}

std::string_view codeLabel(std::string_view code) {
  const bool tidy =
      !code.empty() && code.size() <= 64 && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-';
      });
  return tidy && codeFamily(code) != CodeFamily::kOther ? code : std::string_view("other");
}

}  // namespace cgs
