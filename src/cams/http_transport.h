#pragma once

#include <string>
#include <variant>

#include "cams/acs3_signer.h"
#include "cams/api_error.h"

namespace cgs {

struct HttpResponse {
  int status = 0;
  std::string body;
  long new_connections = 0;  // connections opened for this request (0 when one was reused)
};

// Sends one HTTP request and returns the response, or an ApiError of kind kTransport (or
// kCancelled) when there is none. The process boundary that tests replace with a fake.
// Not thread-safe: one instance per thread (it keeps its connection alive between calls).
class HttpTransport {
 public:
  virtual ~HttpTransport() = default;
  [[nodiscard]] virtual std::variant<HttpResponse, ApiError> send(const HttpRequest& request) = 0;
};

}  // namespace cgs
