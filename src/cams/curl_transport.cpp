#include "cams/curl_transport.h"

#include <curl/curl.h>

#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "common/version.h"

namespace cgs {

CurlHandle::CurlHandle() : handle_(curl_easy_init()) {
  if (handle_ == nullptr) throw std::runtime_error("curl_easy_init failed");
}
CurlHandle::~CurlHandle() {
  if (handle_ != nullptr) curl_easy_cleanup(handle_);
}
CurlHandle::CurlHandle(CurlHandle&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)) {}
CurlHandle& CurlHandle::operator=(CurlHandle&& other) noexcept {
  if (this != &other) {
    if (handle_ != nullptr) curl_easy_cleanup(handle_);
    handle_ = std::exchange(other.handle_, nullptr);
  }
  return *this;
}

CurlHeaderList::~CurlHeaderList() { curl_slist_free_all(list_); }
void CurlHeaderList::append(const std::string& line) {
  curl_slist* next = curl_slist_append(list_, line.c_str());
  if (next == nullptr) throw std::bad_alloc();
  list_ = next;
}

CurlGlobal::CurlGlobal() {
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    throw std::runtime_error("curl_global_init failed");
  }
}
CurlGlobal::~CurlGlobal() { curl_global_cleanup(); }

namespace {

struct Sink {
  std::string* body;
  std::size_t limit;
  bool too_large = false;
};

std::size_t writeBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::size_t n = size * count;
  if (sink->body->size() + n > sink->limit) {
    sink->too_large = true;
    return 0;  // makes curl fail with CURLE_WRITE_ERROR
  }
  sink->body->append(data, n);
  return n;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* cancel = static_cast<const std::atomic<bool>*>(user);
  return (cancel != nullptr && cancel->load()) ? 1 : 0;
}

ApiError transportError(CURLcode rc, const char* detail, const Sink& sink,
                        const std::atomic<bool>* cancel) {
  ApiError e;
  e.kind = ApiErrorKind::kTransport;
  switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
      e.code = "Transport.Timeout";
      break;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      e.code = "Transport.Dns";
      break;
    case CURLE_COULDNT_CONNECT:
      e.code = "Transport.Connect";
      break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CIPHER:
      e.code = "Transport.Tls";
      break;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
      e.code = "Transport.Reset";
      break;
    case CURLE_ABORTED_BY_CALLBACK:
      e.kind = ApiErrorKind::kCancelled;
      e.code = "Cancelled";
      break;
    case CURLE_WRITE_ERROR:
      e.code = sink.too_large ? "Transport.TooLarge" : "Transport.Other";
      break;
    default:
      e.code = "Transport.Other";
  }
  if (cancel != nullptr && cancel->load()) {
    e.kind = ApiErrorKind::kCancelled;
    e.code = "Cancelled";
  }
  e.message = (detail != nullptr && detail[0] != '\0') ? detail : curl_easy_strerror(rc);
  if (sink.too_large) e.message = fmt::format("the response exceeds {} bytes", sink.limit);
  return e;
}

}  // namespace

CurlTransport::CurlTransport(CurlTransportOptions options) : options_(std::move(options)) {
  if (options_.scheme != "https" && options_.scheme != "http") {
    throw std::invalid_argument("scheme must be https or http");
  }
}

std::variant<HttpResponse, ApiError> CurlTransport::send(const HttpRequest& request) {
  CURL* h = handle_.get();
  std::string host;
  CurlHeaderList headers;
  for (const auto& [name, value] : request.headers) {
    if (name == "host") host = value;
    headers.append(name + ": " + value);
  }
  // An empty body must not make curl add "Content-Type: application/x-www-form-urlencoded":
  // the official SDK sends none, and it would be an unsigned header.
  headers.append("Content-Type:");
  headers.append("Accept: application/json");
  headers.append("Expect:");
  const std::string query = encodeQuery(request.query);
  const std::string url = fmt::format("{}://{}{}{}{}", options_.scheme, host, request.path,
                                      query.empty() ? "" : "?", query);

  HttpResponse response;
  Sink sink{&response.body, options_.max_body_bytes};
  char error_buffer[CURL_ERROR_SIZE] = {0};
  const std::string agent = std::string("cams-groupsync/") + kVersion;

  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, options_.scheme.c_str());
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, options_.scheme.c_str());
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, nullptr);
  if (request.method == "POST") {
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.c_str());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body.size()));
  } else {
    curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  }
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(h, CURLOPT_USERAGENT, agent.c_str());
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(options_.connect_timeout.count()));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.request_timeout.count()));
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM from resolver timeouts in threads
  curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);  // never turned off
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &writeBody);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &onProgress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, options_.cancel);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);

  const CURLcode rc = curl_easy_perform(h);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, nullptr);  // `headers` dies with this scope
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
  if (rc != CURLE_OK) return transportError(rc, error_buffer, sink, options_.cancel);
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &response.new_connections);
  response.status = static_cast<int>(status);
  return response;
}

}  // namespace cgs
