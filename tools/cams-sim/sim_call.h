#pragma once

#include <httplib.h>

#include <chrono>
#include <functional>
#include <map>
#include <string>

#include "sim_http.h"
#include "sim_server.h"

namespace cgs::sim {

inline constexpr const char* kHostId = "cams.ap-southeast-1.aliyuncs.com";

// The gateway's error body, and the product's (HTTP 200, Success false).
[[nodiscard]] std::string gatewayError(const std::string& request_id, const std::string& code,
                                       const std::string& message);
[[nodiscard]] std::string businessError(const std::string& request_id, const std::string& code,
                                        const std::string& message);

// One API call in flight: the request, its log line, and the facts the steps establish.
struct ApiCall {
  const httplib::Request& req;
  httplib::Response& res;
  std::function<void(LogEntry)> record;
  std::chrono::system_clock::time_point now;
  // When the request arrived, as the gateway counts it: when the kernel received it (ArrivalClock),
  // before the simulator was scheduled to read it and before its own work (signature checks are
  // slow under a sanitizer), so its quota window measures the client's pacing, not the
  // simulator's scheduling. `now` is the same moment on the wall clock.
  std::chrono::steady_clock::time_point arrived;
  LogEntry entry;
  std::string path;
  std::map<std::string, std::string> params;

  void reply(int status, const std::string& code, const std::string& body) {
    entry.status = status;
    entry.code = code;
    sendJson(res, status, body);
    record(entry);
  }
  void gateway(int status, const std::string& code, const std::string& message) {
    reply(status, code, gatewayError(entry.request_id, code, message));
  }
  void business(const std::string& code, const std::string& message) {
    reply(200, code, businessError(entry.request_id, code, message));
  }
};

}  // namespace cgs::sim
