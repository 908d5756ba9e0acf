#include "config/config_warnings.h"

#include <algorithm>

#include <fmt/format.h>

#include "common/loopback.h"
#include "common/printable.h"

namespace cgs {

std::vector<std::string> configWarnings(const Config& c) {
  std::vector<std::string> out;
  if (!c.metrics.listen.empty() && !isLoopbackHost(c.metrics.listen)) {
    out.push_back(fmt::format(
        "metrics.listen {} is reachable from other machines: /metrics names every account; "
        "firewall the port or listen on 127.0.0.1",
        printable(c.metrics.listen)));
  }
  for (const auto& a : c.accounts) {
    if (!a.enabled || a.group_status.empty()) continue;
    out.push_back(fmt::format(
        "account \"{}\": with group_status {}, a group whose status changes to another is "
        "recorded as removed (and restored when it changes back); leave it unset to mirror every "
        "status",
        printable(a.name), printable(a.group_status)));
  }
  const auto& key = c.participants.pseudonymize_key;
  const bool members =
      std::any_of(c.accounts.begin(), c.accounts.end(),
                  [](const AccountConfig& a) { return a.enabled && a.participants; });
  if (members && key.env.empty() && key.file.empty()) {
    out.push_back(
        "participants: no pseudonymize key is set, so member phone numbers are stored in the "
        "clear: set participants.pseudonymize_key_file to store an HMAC of each number instead");
  }
  return out;
}

}  // namespace cgs
