#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace cgs {

// Blocks SIGINT, SIGTERM and SIGHUP in the calling thread and every thread it starts afterwards.
// Call first thing in main, so only the SignalWatcher's thread ever receives them.
void blockControlSignals();

// Waits for the blocked signals on a thread of its own and calls back (on that thread):
// SIGTERM/SIGINT -> on_stop, SIGHUP -> on_reload. Stops watching when destroyed.
class SignalWatcher {
 public:
  SignalWatcher(std::function<void()> on_stop, std::function<void()> on_reload);
  ~SignalWatcher();
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  std::atomic<bool> done_{false};
  std::thread thread_;
};

}  // namespace cgs
