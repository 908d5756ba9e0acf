#pragma once

#include <atomic>
#include <string>
#include <utility>
#include <vector>

#include "cams/curl_transport.h"
#include "common/duration.h"
#include "webhook/delivery_policy.h"

namespace cgs {

// One POST to a webhook receiver.
struct WebhookRequest {
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  Millis timeout{10'000};
  // When it was signed (the injected clock's wall time): a Retry-After date counts from here.
  std::chrono::system_clock::time_point signed_at;
};

// Posts deliveries with libcurl: TLS always verified, no redirects followed, the whole attempt
// bounded by the request's timeout, and at most kMaxResponseBytes of the response read (the
// first kKeptResponseBytes are kept for the delivery's last_error): a receiver that answers slowly
// or with a huge body costs one timeout, never the daemon's memory. Keeps its connection alive.
// Not thread-safe.
class WebhookClient {
 public:
  static constexpr std::size_t kKeptResponseBytes = 1024;
  static constexpr std::size_t kMaxResponseBytes = 64 * 1024;

  explicit WebhookClient(const std::atomic<bool>* cancel = nullptr);
  [[nodiscard]] DeliveryAttempt post(const WebhookRequest& request);

 private:
  CurlHandle handle_;
  const std::atomic<bool>* cancel_;
};

}  // namespace cgs
