#include "runtime/systemd_notifier.h"

#include <systemd/sd-daemon.h>

#include <cstdint>

namespace cgs {

SystemdNotifier::SystemdNotifier() {
  std::uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
    watchdog_interval_ = std::chrono::milliseconds(static_cast<long long>(usec / 2000));
  }
}

void SystemdNotifier::send(const std::string& state) { (void)sd_notify(0, state.c_str()); }

void SystemdNotifier::ready(const std::string& s) { send("READY=1\nSTATUS=" + s); }
void SystemdNotifier::status(const std::string& s) { send("STATUS=" + s); }
void SystemdNotifier::reloading() {
  // MONOTONIC_USEC lets systemd (253+) match the reload to its ExecReload; older ones ignore it.
  const auto usec = std::chrono::duration_cast<std::chrono::microseconds>(
                        std::chrono::steady_clock::now().time_since_epoch())
                        .count();
  send("RELOADING=1\nMONOTONIC_USEC=" + std::to_string(usec));
}
void SystemdNotifier::stopping() { send("STOPPING=1"); }
void SystemdNotifier::watchdog() { send("WATCHDOG=1"); }

}  // namespace cgs
