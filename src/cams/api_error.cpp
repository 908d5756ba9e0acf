#include "cams/api_error.h"

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

}  // namespace cgs
