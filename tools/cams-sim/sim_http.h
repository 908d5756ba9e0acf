#pragma once

#include <httplib.h>

#include <string>

namespace cgs::sim {

// Every simulator answer is JSON, as the CAMS gateway's are.
inline void sendJson(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json;charset=utf-8");
}

}  // namespace cgs::sim
