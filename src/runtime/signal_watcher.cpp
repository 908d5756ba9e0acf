#include "runtime/signal_watcher.h"

#include <pthread.h>

#include <csignal>
#include <ctime>

namespace cgs {
namespace {

sigset_t controlSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  return set;
}

}  // namespace

void blockControlSignals() {
  const sigset_t set = controlSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

SignalWatcher::SignalWatcher(std::function<void()> on_stop, std::function<void()> on_reload)
    : thread_([this, stop = std::move(on_stop), reload = std::move(on_reload)] {
        const sigset_t set = controlSignals();
        const timespec tick{0, 200'000'000};  // re-check done_ five times a second
        while (!done_.load()) {
          const int sig = sigtimedwait(&set, nullptr, &tick);
          if (sig == SIGHUP) {
            reload();
          } else if (sig == SIGINT || sig == SIGTERM) {
            stop();
          }
        }
      }) {}

SignalWatcher::~SignalWatcher() {
  done_ = true;
  thread_.join();
}

}  // namespace cgs
