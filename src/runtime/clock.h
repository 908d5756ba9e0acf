#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

#include "runtime/stop_signal.h"

namespace cgs {

using SteadyTime = std::chrono::steady_clock::time_point;
using WallTime = std::chrono::system_clock::time_point;

// Time as an injected dependency: production code asks a Clock, tests hand in a fake one that
// moves only when told (or when someone sleeps on it), so nothing in a test waits for real time.
class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual SteadyTime now() const = 0;
  [[nodiscard]] virtual WallTime wallNow() const = 0;
  // Blocks until `deadline` or until `stop` is requested. Returns false if stopped.
  virtual bool sleepUntil(SteadyTime deadline, const StopSignal& stop) = 0;
  // Waits on `cv` (with `lock` held) until `ready()` holds or `deadline` passes on this clock.
  // A fake clock does not wait for a deadline: it moves to it.
  virtual void waitUntil(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                         SteadyTime deadline, const std::function<bool()>& ready) = 0;
};

class RealClock final : public Clock {
 public:
  [[nodiscard]] SteadyTime now() const override { return std::chrono::steady_clock::now(); }
  [[nodiscard]] WallTime wallNow() const override { return std::chrono::system_clock::now(); }
  bool sleepUntil(SteadyTime deadline, const StopSignal& stop) override {
    return stop.waitUntil(deadline);
  }
  void waitUntil(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                 SteadyTime deadline, const std::function<bool()>& ready) override {
    cv.wait_until(lock, deadline, ready);
  }
};

}  // namespace cgs
