#pragma once

#include <chrono>
#include <deque>
#include <memory>
#include <mutex>

#include "cams/quota_ledger.h"
#include "runtime/clock.h"

namespace cgs {

// Paces the requests of one credential set (one Alibaba Cloud account's quota). Every process
// that signs with the credential set draws its send times from the same QuotaLedger, so the
// quota holds across replicas, not per process:
//   - slots: send times are slots `(1 s + kWindowMargin) / qps` apart on the ledger's clock, so no
//     window of one second holds more than floor(qps) requests at the gateway while a request
//     reaches it up to kWindowMargin later than its neighbours (scheduling, network);
//   - blocks: a process reserves kBlockLength of slots at a time (one database round trip per
//     block) and hands them to its workers in order; a slot nobody takes within kSlotGrace lapses,
//     so a process holds at most one block it does not use, and one that dies holds nothing.
// On Throttling this process's rate halves (down to 10% of the configured qps) and the ledger
// holds every process for one second; each success then adds back 5% of the configured qps.
// Times are handed in; callers sleep until the returned time. Thread-safe.
class RateLimiter {
 public:
  // The jitter the slots absorb, for a throughput cost of kWindowMargin / 1 s (2%).
  static constexpr std::chrono::milliseconds kWindowMargin{20};
  static constexpr std::chrono::milliseconds kBlockLength{50};
  static constexpr std::chrono::milliseconds kSlotGrace{2};

  RateLimiter(double qps, std::shared_ptr<QuotaLedger> ledger);

  // Reserves the next slot at or after `now` and returns when the request may be sent.
  // Throws QuotaUnavailable when the ledger cannot be reached.
  SteadyTime reserve(SteadyTime now);
  // Whether a request whose sender woke at `now` for the slot at `slot` may still go: later than
  // kWindowMargin / 2 (the process was not scheduled in time) it would use up most of the margin
  // and could crowd the next second at the gateway, so the caller reserves another slot instead,
  // up to kMaxMissedSlots times in a row (then it sends: an overloaded host still makes progress,
  // and a Throttling it may cause is handled as any other).
  [[nodiscard]] static bool onTime(SteadyTime slot, SteadyTime now) {
    return now - slot <= kWindowMargin / 2;
  }
  static constexpr int kMaxMissedSlots = 3;
  // Throws QuotaUnavailable (this process has paused already).
  void onThrottled(SteadyTime now);
  void onSuccess();

  [[nodiscard]] double configuredRate() const { return configured_; }
  [[nodiscard]] double currentRate() const;
  [[nodiscard]] std::chrono::nanoseconds slotInterval() const { return interval_; }

 private:
  mutable std::mutex mutex_;
  const double configured_;
  const std::shared_ptr<QuotaLedger> ledger_;
  const std::chrono::nanoseconds interval_;  // between two slots of the ledger
  const int block_slots_;
  double rate_;
  SteadyTime next_{};             // this process's own pacing (after Throttling)
  std::deque<SteadyTime> slots_;  // reserved, not yet taken
};

}  // namespace cgs
