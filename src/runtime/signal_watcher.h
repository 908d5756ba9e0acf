#pragma once

#include <functional>
#include <thread>

namespace cgs {

// Blocks SIGINT, SIGTERM and SIGHUP in the calling thread and every thread it starts afterwards.
// Call first thing in main, so only the SignalWatcher's thread ever receives them.
void blockControlSignals();

// Waits for the blocked signals on a thread of its own and calls back (on that thread):
// SIGTERM/SIGINT -> on_stop, SIGHUP -> on_reload. Stops watching when destroyed, at once (the
// thread sleeps in poll() on a signalfd and an eventfd the destructor writes to).
class SignalWatcher {
 public:
  SignalWatcher(std::function<void()> on_stop, std::function<void()> on_reload);
  ~SignalWatcher();
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  int signal_fd_ = -1;
  int wake_fd_ = -1;
  std::thread thread_;
};

}  // namespace cgs
