#pragma once

#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "cams/http_transport.h"

namespace cgs::testing {

// Answers from a script: each send() pops the next scripted reply (or asks `handler`), and keeps
// the requests it was given so tests can check what would have gone on the wire.
class FakeTransport final : public HttpTransport {
 public:
  using Reply = std::variant<HttpResponse, ApiError>;
  using Handler = std::function<Reply(const HttpRequest&)>;

  FakeTransport() = default;
  explicit FakeTransport(Handler handler) : handler_(std::move(handler)) {}

  void enqueue(int status, std::string body) {
    replies_.push_back(HttpResponse{status, std::move(body), 0});
  }
  void enqueueError(ApiError e) { replies_.push_back(std::move(e)); }

  [[nodiscard]] Reply send(const HttpRequest& request) override {
    std::lock_guard lock(mutex_);
    requests_.push_back(request);
    if (!replies_.empty()) {
      Reply r = std::move(replies_.front());
      replies_.pop_front();
      return r;
    }
    if (handler_) return handler_(request);
    ApiError e;
    e.code = "Transport.Other";
    e.message = "no scripted reply";
    return e;
  }
  [[nodiscard]] std::vector<HttpRequest> requests() const {
    std::lock_guard lock(mutex_);
    return requests_;
  }

 private:
  mutable std::mutex mutex_;
  std::deque<Reply> replies_;
  Handler handler_;
  std::vector<HttpRequest> requests_;
};

}  // namespace cgs::testing
