#pragma once

#include <curl/curl.h>

#include <regex>
#include <string>

#include "../integration/curl_body.h"

namespace cgs::testing {

// The port a server bound to port 0 reports on one of its output lines ("... 127.0.0.1:PORT...");
// 0 until the line appears. Servers pick their own free port: nothing probes for one.
inline int reportedPort(const std::string& output, const std::string& prefix) {
  const std::regex line(prefix + "127\\.0\\.0\\.1:([0-9]+)");
  std::smatch m;
  return std::regex_search(output, m, line) ? std::stoi(m[1]) : 0;
}

// The body of a GET, or "" when it failed.
inline std::string httpGet(const std::string& url) {
  CurlHandle h;
  std::string body;
  curl_easy_setopt(h.get(), CURLOPT_URL, url.c_str());
  collectBody(h, &body);
  curl_easy_setopt(h.get(), CURLOPT_TIMEOUT_MS, 2000L);
  return curl_easy_perform(h.get()) == CURLE_OK ? body : "";
}

}  // namespace cgs::testing
