#pragma once

#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "e2e_harness.h"
#include "local_http.h"

namespace cgs::testing {

inline constexpr const char* kHookSecret = "e2e-webhook-secret-9f8e7d6c";

// The shipped receiver (contrib/webhook-receiver/receiver.py) on `port` (0: a free one, printed
// on its stderr), checking signatures with kHookSecret and printing each change once on stdout.
inline std::unique_ptr<Process> startReceiver(E2e& t, int port, const std::string& tag) {
  return std::make_unique<Process>(
      "/usr/bin/python3",
      std::vector<std::string>{CGS_SOURCE_DIR "/contrib/webhook-receiver/receiver.py",
                               std::to_string(port)},
      std::map<std::string, std::string>{{"WEBHOOK_SECRET", kHookSecret}}, t.dir().file(tag));
}

// A webhooks: block for one webhook "crm" posting to `receiver` (started on port 0) with
// kHookSecret in a secret file; "" when the receiver did not report its port in time.
inline std::string webhookTo(E2e& t, const Process& receiver) {
  int port = 0;
  if (!E2e::eventually([&] { return (port = reportedPort(receiver.err(), "on ")) > 0; })) return "";
  const std::string secret_file = t.dir().file("hook-secret");
  writeSecretFile(secret_file, std::string(kHookSecret) + "\n");
  return fmt::format(
      "webhooks:\n  - name: crm\n    url: http://127.0.0.1:{}/hooks\n    secret_file: {}\n", port,
      secret_file);
}

// The change ids the receiver printed, in order.
inline std::vector<std::int64_t> receivedIds(const Process& receiver) {
  std::vector<std::int64_t> out;
  std::istringstream lines(receiver.out());
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line)["change_id"]);
  }
  return out;
}

}  // namespace cgs::testing
