#pragma once

#include <algorithm>
#include <chrono>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>

#include "runtime/clock.h"

namespace cgs {

// The ledger of one credential set's quota: it hands out send time, in blocks, to every process
// that shares it, so that blocks never overlap whichever process asks. The RateLimiter decides
// how long a block is and cuts it into slots; the ledger only keeps where the next block starts.
class QuotaLedger {
 public:
  virtual ~QuotaLedger() = default;
  // Reserves `length` of send time starting at or after `not_before` and after every block reserved
  // before, and returns the block's start on this process's steady clock.
  // Throws QuotaUnavailable when the ledger cannot be reached.
  [[nodiscard]] virtual SteadyTime reserve(SteadyTime not_before,
                                           std::chrono::nanoseconds length) = 0;
  // No block starts before `until` (the gateway said Throttling: everyone pauses).
  // Throws QuotaUnavailable.
  virtual void holdUntil(SteadyTime until) = 0;
};

// The shared ledger could not be reached (the database is down): the request is not sent.
// `cause`, when the ledger is a database's, is that database failure (store/shared_quota.h).
class QuotaUnavailable : public std::runtime_error {
 public:
  explicit QuotaUnavailable(const std::string& message, std::exception_ptr cause = nullptr)
      : std::runtime_error(message), cause_(std::move(cause)) {}
  [[nodiscard]] const std::exception_ptr& cause() const { return cause_; }

 private:
  std::exception_ptr cause_;
};

// A ledger in this process's memory: the same pacing for limiters that share nothing else (the
// unit tests of the pacing and of the API client use it).
class LocalQuotaLedger final : public QuotaLedger {
 public:
  SteadyTime reserve(SteadyTime not_before, std::chrono::nanoseconds length) override {
    std::lock_guard lock(mutex_);
    const SteadyTime start = std::max(not_before, next_);
    next_ = start + length;
    return start;
  }
  void holdUntil(SteadyTime until) override {
    std::lock_guard lock(mutex_);
    next_ = std::max(next_, until);
  }

 private:
  std::mutex mutex_;
  SteadyTime next_{};
};

}  // namespace cgs
