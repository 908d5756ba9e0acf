#include "cams/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace cgs {
namespace {

std::chrono::nanoseconds seconds(double s) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(s));
}

std::chrono::nanoseconds intervalFor(double qps) {
  const std::chrono::duration<double> window = std::chrono::seconds(1) + RateLimiter::kWindowMargin;
  return seconds(window.count() / qps);
}

}  // namespace

RateLimiter::RateLimiter(double qps, std::shared_ptr<QuotaLedger> ledger)
    : configured_(qps),
      ledger_(std::move(ledger)),
      interval_(intervalFor(qps)),
      block_slots_(std::max<int>(1, static_cast<int>(kBlockLength / interval_))),
      rate_(qps) {}

SteadyTime RateLimiter::reserve(SteadyTime now) {
  std::lock_guard lock(mutex_);
  const SteadyTime at = std::max(now, next_);
  for (;;) {
    while (!slots_.empty() && slots_.front() + kSlotGrace < at) slots_.pop_front();
    if (!slots_.empty()) break;
    const SteadyTime start = ledger_->reserve(at, interval_ * block_slots_);
    for (int i = 0; i < block_slots_; ++i) slots_.push_back(start + interval_ * i);
  }
  const SteadyTime send = std::max(slots_.front(), at);
  slots_.pop_front();
  next_ = send + seconds(1.0 / rate_);
  return send;
}

void RateLimiter::onThrottled(SteadyTime now) {
  std::lock_guard lock(mutex_);
  rate_ = std::max(configured_ * 0.1, rate_ * 0.5);
  const SteadyTime resume = now + std::chrono::seconds(1);
  next_ = std::max(next_, resume);
  slots_.clear();
  ledger_->holdUntil(resume);
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
