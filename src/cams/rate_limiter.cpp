#include "cams/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace cgs {

RateLimiter::RateLimiter(double qps) : configured_(qps), rate_(qps) {}

SteadyTime RateLimiter::reserve(SteadyTime now) {
  std::lock_guard lock(mutex_);
  SteadyTime at = std::max(now, next_);
  const auto window_size = static_cast<std::size_t>(std::floor(configured_));
  if (window_size >= 1 && recent_.size() >= window_size) {
    at = std::max(at, recent_.front() + std::chrono::seconds(1) + kWindowMargin);
  }
  const auto spacing =
      std::chrono::duration_cast<SteadyTime::duration>(std::chrono::duration<double>(1.0 / rate_));
  next_ = at + spacing;
  if (window_size >= 1) {
    recent_.push_back(at);
    while (recent_.size() > window_size) recent_.pop_front();
  }
  return at;
}

void RateLimiter::onThrottled(SteadyTime now) {
  std::lock_guard lock(mutex_);
  rate_ = std::max(configured_ * 0.1, rate_ * 0.5);
  next_ = std::max(next_, now + std::chrono::seconds(1));
}

void RateLimiter::onSuccess() {
  std::lock_guard lock(mutex_);
  rate_ = std::min(configured_, rate_ + configured_ * 0.05);
}

double RateLimiter::currentRate() const {
  std::lock_guard lock(mutex_);
  return rate_;
}

}  // namespace cgs
