#pragma once

#include <chrono>
#include <deque>
#include <mutex>

#include "runtime/clock.h"

namespace cgs {

// Paces the requests of one credential set (one Alibaba Cloud account's quota), shared by every
// account and worker that signs with it. Two rules hold for every reservation:
//   - spacing: consecutive requests are at least 1/rate apart (no bursts);
//   - window:  no window of one second (plus a safety margin for network jitter) holds more than
//              floor(configured qps) requests, so the server never counts more than the limit.
// On Throttling the rate halves (down to 10% of the configured qps) and sending pauses for one
// second; each success then adds back 5% of the configured qps. Pure logic on times handed in;
// callers sleep until the returned time. Thread-safe.
class RateLimiter {
 public:
  // Covers the jitter between when we send and when the gateway counts (scheduling, network): a
  // request that leaves late bunches with the next ones at the server. 100 ms keeps the count under
  // the limit for jitter up to that, for a throughput cost of 1/11 at most.
  static constexpr std::chrono::milliseconds kWindowMargin{100};

  explicit RateLimiter(double qps);

  // Reserves the next slot at or after `now` and returns when the request may be sent.
  SteadyTime reserve(SteadyTime now);
  void onThrottled(SteadyTime now);
  void onSuccess();

  [[nodiscard]] double configuredRate() const { return configured_; }
  [[nodiscard]] double currentRate() const;

 private:
  mutable std::mutex mutex_;
  const double configured_;
  double rate_;
  SteadyTime next_{};
  std::deque<SteadyTime> recent_;  // the last floor(configured) reservations
};

}  // namespace cgs
