#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "cams/http_transport.h"
#include "common/duration.h"

using CURL = void;
struct curl_slist;

namespace cgs {

// Owns one curl easy handle (cpr's CurlHolder): copy deleted, move noexcept, freed on destruction.
class CurlHandle {
 public:
  CurlHandle();
  ~CurlHandle();
  CurlHandle(const CurlHandle&) = delete;
  CurlHandle& operator=(const CurlHandle&) = delete;
  CurlHandle(CurlHandle&& other) noexcept;
  CurlHandle& operator=(CurlHandle&& other) noexcept;
  [[nodiscard]] CURL* get() const { return handle_; }

 private:
  CURL* handle_;
};

// Owns a curl header list.
class CurlHeaderList {
 public:
  CurlHeaderList() = default;
  ~CurlHeaderList();
  CurlHeaderList(const CurlHeaderList&) = delete;
  CurlHeaderList& operator=(const CurlHeaderList&) = delete;
  void append(const std::string& line);
  [[nodiscard]] curl_slist* get() const { return list_; }

 private:
  curl_slist* list_ = nullptr;
};

struct CurlTransportOptions {
  std::string scheme = "https";  // https (peer and host always verified) or http
  Millis connect_timeout{5000};
  Millis request_timeout{15000};
  std::size_t max_body_bytes = 64u << 20;
  const std::atomic<bool>* cancel = nullptr;  // when it turns true, transfers abort promptly
};

// HttpTransport over libcurl. Keeps its connection alive between requests; honours HTTPS_PROXY /
// NO_PROXY from the environment (libcurl's defaults); sends "cams-groupsync/<version>".
class CurlTransport final : public HttpTransport {
 public:
  explicit CurlTransport(CurlTransportOptions options);
  [[nodiscard]] std::variant<HttpResponse, ApiError> send(const HttpRequest& request) override;

 private:
  CurlTransportOptions options_;
  CurlHandle handle_;
};

// curl_global_init / cleanup for the life of main().
class CurlGlobal {
 public:
  CurlGlobal();
  ~CurlGlobal();
  CurlGlobal(const CurlGlobal&) = delete;
  CurlGlobal& operator=(const CurlGlobal&) = delete;
};

}  // namespace cgs
