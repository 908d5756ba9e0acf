#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace cgs {

// A one-way "stop now" flag that sleepers can wait on (osquery's interruptible pause): set once,
// seen by every thread; waits end early when it is set. Thread-safe.
class StopSignal {
 public:
  void requestStop() {
    {
      std::lock_guard lock(mutex_);
      stopped_.store(true);
    }
    cv_.notify_all();
  }
  [[nodiscard]] bool stopped() const { return stopped_.load(); }

  // Waits until `deadline`; returns false if stop was requested first (or already).
  bool waitUntil(std::chrono::steady_clock::time_point deadline) const {
    std::unique_lock lock(mutex_);
    return !cv_.wait_until(lock, deadline, [this] { return stopped_.load(); });
  }

  // The flag itself, for code that polls (curl's progress callback).
  [[nodiscard]] const std::atomic<bool>& flag() const { return stopped_; }

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable cv_;
  std::atomic<bool> stopped_{false};
};

}  // namespace cgs
