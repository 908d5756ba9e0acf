#pragma once

#include <algorithm>
#include <mutex>
#include <thread>

#include "runtime/clock.h"

namespace cgs::testing {

// A clock that moves only when told to, or when something sleeps on it (the sleep returns at
// once, with the clock advanced to the deadline). Records the total time slept.
class FakeClock final : public Clock {
 public:
  [[nodiscard]] SteadyTime now() const override {
    std::lock_guard lock(mutex_);
    return now_;
  }
  [[nodiscard]] WallTime wallNow() const override {
    std::lock_guard lock(mutex_);
    return WallTime(std::chrono::duration_cast<WallTime::duration>(now_.time_since_epoch())) +
           wall_offset_;
  }
  bool sleepUntil(SteadyTime deadline, const StopSignal& stop) override {
    std::lock_guard lock(mutex_);
    if (oversleeps_ > 0) {
      --oversleeps_;
      deadline = std::max(deadline, now_) + oversleep_;
    }
    if (deadline > now_) {
      slept_ += deadline - now_;
      now_ = deadline;
    }
    return !stop.stopped();
  }
  // The next `times` sleeps wake `extra` after their deadline, as a thread the scheduler did not
  // run in time.
  void oversleep(std::chrono::nanoseconds extra, int times) {
    std::lock_guard lock(mutex_);
    oversleep_ = extra;
    oversleeps_ = times;
  }
  // Lets the other threads at the caller's lock run once, then returns: with `ready()` still
  // false the deadline has come (the clock moves to it), as if the caller had slept until it.
  void waitUntil(std::condition_variable&, std::unique_lock<std::mutex>& caller_lock,
                 SteadyTime deadline, const std::function<bool()>& ready) override {
    if (ready()) return;
    caller_lock.unlock();
    std::this_thread::yield();
    caller_lock.lock();
    if (ready()) return;
    std::lock_guard lock(mutex_);
    if (deadline > now_) now_ = deadline;
  }
  void advance(std::chrono::nanoseconds d) {
    std::lock_guard lock(mutex_);
    now_ += d;
  }
  [[nodiscard]] std::chrono::nanoseconds slept() const {
    std::lock_guard lock(mutex_);
    return slept_;
  }

 private:
  mutable std::mutex mutex_;
  SteadyTime now_{std::chrono::hours(1000)};
  std::chrono::nanoseconds slept_{0};
  std::chrono::nanoseconds oversleep_{0};
  int oversleeps_ = 0;
  std::chrono::system_clock::duration wall_offset_{std::chrono::seconds(1'700'000'000)};
};

}  // namespace cgs::testing
