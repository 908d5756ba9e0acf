#include "sim_arrival.h"

#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#include <string>

namespace cgs::sim {

bool ArrivalClock::isConnectionOf(int fd, int remote_port) const {
  sockaddr_in6 peer{};
  socklen_t len = sizeof(peer);
  if (getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &len) != 0) return false;
  sockaddr_in6 self{};
  len = sizeof(self);
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&self), &len) != 0) return false;
  // sin_port and sin6_port sit at the same offset.
  return ntohs(peer.sin6_port) == remote_port && ntohs(self.sin6_port) == local_port_ &&
         (peer.sin6_family == AF_INET || peer.sin6_family == AF_INET6);
}

int ArrivalClock::findSocket(int remote_port) const {
  DIR* dir = opendir("/proc/self/fd");
  if (dir == nullptr) return -1;
  int found = -1;
  while (const dirent* e = readdir(dir)) {
    char* end = nullptr;
    const long fd = std::strtol(e->d_name, &end, 10);
    if (*end != '\0' || fd <= 2 || fd == dirfd(dir)) continue;
    if (isConnectionOf(static_cast<int>(fd), remote_port)) {
      found = static_cast<int>(fd);
      break;
    }
  }
  closedir(dir);
  return found;
}

std::chrono::milliseconds ArrivalClock::sinceReceived(int remote_port) {
  std::lock_guard lock(mutex_);
  auto it = fd_of_port_.find(remote_port);
  if (it == fd_of_port_.end() || !isConnectionOf(it->second, remote_port)) {
    const int fd = findSocket(remote_port);
    if (fd < 0) return std::chrono::milliseconds{0};
    it = fd_of_port_.insert_or_assign(remote_port, fd).first;
  }
  tcp_info info{};
  socklen_t len = sizeof(info);
  if (getsockopt(it->second, IPPROTO_TCP, TCP_INFO, &info, &len) != 0) {
    return std::chrono::milliseconds{0};
  }
  return std::chrono::milliseconds{info.tcpi_last_data_recv};
}

}  // namespace cgs::sim
