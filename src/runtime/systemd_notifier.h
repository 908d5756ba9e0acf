#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace cgs {

// systemd's notification protocol through libsystemd: READY=1, STATUS=, WATCHDOG=1, RELOADING=1,
// STOPPING=1. Outside systemd (no $NOTIFY_SOCKET) every call is a no-op. Thread-safe.
class SystemdNotifier {
 public:
  SystemdNotifier();
  void ready(const std::string& status);
  void status(const std::string& status);
  void reloading();
  void stopping();
  void watchdog();
  // Half of WATCHDOG_USEC when the unit has WatchdogSec= (how often to call watchdog()).
  [[nodiscard]] std::optional<std::chrono::milliseconds> watchdogInterval() const {
    return watchdog_interval_;
  }

 private:
  void send(const std::string& state);
  std::optional<std::chrono::milliseconds> watchdog_interval_;
};

}  // namespace cgs
