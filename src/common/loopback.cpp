#include "common/loopback.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace cgs {
namespace {

// The host part of host[:port] or [v6][:port]; empty when the brackets do not close.
std::string hostOf(std::string_view authority) {
  if (!authority.empty() && authority.front() == '[') {
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return {};
    const auto rest = authority.substr(close + 1);
    if (!rest.empty() && rest.front() != ':') return {};
    return std::string(authority.substr(1, close - 1));
  }
  const auto colon = authority.find(':');
  // A second colon without brackets is an IPv6 address given bare ("::1").
  if (colon != std::string_view::npos && authority.find(':', colon + 1) == std::string_view::npos) {
    return std::string(authority.substr(0, colon));
  }
  return std::string(authority);
}

bool isLocalhostName(const std::string& host) {
  std::string lower = host;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower == "localhost";
}

}  // namespace

bool isLoopbackHost(std::string_view authority) {
  const std::string host = hostOf(authority);
  if (host.empty()) return false;
  if (isLocalhostName(host)) return true;
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  return inet_pton(AF_INET6, host.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

}  // namespace cgs
