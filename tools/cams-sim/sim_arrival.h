#pragma once

#include <chrono>
#include <map>
#include <mutex>

namespace cgs::sim {

// When a request reached this machine, as a gateway counts it: before this process was
// scheduled to read it. On a loaded host a handler can run 50 ms after its bytes arrived, so a
// quota window stamped when the handler runs counts the simulator's own scheduling delay, not
// the client's pacing (two requests sent 47 ms apart were stamped 21 to a second). The kernel
// keeps the time of each connection's last received data (TCP_INFO tcpi_last_data_recv, to its
// tick); a request's bytes are the connection's last ones while it is handled (one request at a
// time on a keep-alive connection). Thread-safe.
class ArrivalClock {
 public:
  explicit ArrivalClock(int local_port) : local_port_(local_port) {}

  // How long ago the kernel received the last bytes from the client at 127.0.0.1:`remote_port`
  // (or any address); zero when its connection is not found.
  [[nodiscard]] std::chrono::milliseconds sinceReceived(int remote_port);

 private:
  [[nodiscard]] int findSocket(int remote_port) const;  // -1 when not found
  [[nodiscard]] bool isConnectionOf(int fd, int remote_port) const;

  const int local_port_;
  std::mutex mutex_;
  std::map<int, int> fd_of_port_;  // remote port -> accepted socket, checked on each use
};

}  // namespace cgs::sim
