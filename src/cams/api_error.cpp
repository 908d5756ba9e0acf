#include "cams/api_error.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace cgs {

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

std::string_view codeLabel(std::string_view code) {
  constexpr std::array<std::string_view, 17> kFamilies{"Throttling",
                                                       "ServiceUnavailable",
                                                       "InternalError",
                                                       "SignatureDoesNotMatch",
                                                       "InvalidAccessKeyId",
                                                       "InvalidTimeStamp",
                                                       "SignatureNonceUsed",
                                                       "Forbidden",
                                                       "MissingParameter",
                                                       "InvalidParameter",
                                                       "Authentication",
                                                       "Transport",
                                                       "Response",
                                                       "Quota",
                                                       "HTTP",
                                                       "Participants",
                                                       "Cancelled"};
  const bool tidy =
      !code.empty() && code.size() <= 64 && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-';
      });
  const bool known = std::any_of(kFamilies.begin(), kFamilies.end(),
                                 [&](std::string_view f) { return code.rfind(f, 0) == 0; });
  return tidy && known ? code : std::string_view("other");
}

}  // namespace cgs
