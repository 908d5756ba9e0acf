#include "webhook/webhook_client.h"

#include <curl/curl.h>

#include <chrono>
#include <optional>

#include <fmt/format.h>

#include "common/text_sanitizer.h"
#include "common/version.h"

namespace cgs {
namespace {

struct Response {
  std::string kept;  // the first kKeptResponseBytes
  std::size_t read = 0;
  std::optional<std::string> retry_after;
};

std::size_t onBody(char* data, std::size_t size, std::size_t n, void* user) {
  auto* r = static_cast<Response*>(user);
  const std::size_t bytes = size * n;
  if (r->kept.size() < WebhookClient::kKeptResponseBytes) {
    r->kept.append(data, std::min(bytes, WebhookClient::kKeptResponseBytes - r->kept.size()));
  }
  r->read += bytes;
  return r->read > WebhookClient::kMaxResponseBytes ? 0 : bytes;  // 0 ends the transfer
}

std::size_t onHeader(char* data, std::size_t size, std::size_t n, void* user) {
  auto* r = static_cast<Response*>(user);
  const std::string line(data, size * n);
  constexpr std::string_view kName = "retry-after:";
  if (line.size() > kName.size()) {
    std::string lower = line.substr(0, kName.size());
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == kName) r->retry_after = line.substr(kName.size());
  }
  return size * n;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* cancel = static_cast<const std::atomic<bool>*>(user);
  return (cancel != nullptr && cancel->load()) ? 1 : 0;
}

}  // namespace

WebhookClient::WebhookClient(const std::atomic<bool>* cancel) : cancel_(cancel) {}

DeliveryAttempt WebhookClient::post(const WebhookRequest& request) {
  CURL* h = handle_.get();
  CurlHeaderList headers;
  for (const auto& [name, value] : request.headers) headers.append(name + ": " + value);
  headers.append("Expect:");
  Response response;
  char error_buffer[CURL_ERROR_SIZE] = {0};
  const std::string agent = std::string("cams-groupsync/") + kVersion;
  curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https,http");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h, CURLOPT_POST, 1L);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.c_str());
  curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body.size()));
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(h, CURLOPT_USERAGENT, agent.c_str());
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.timeout.count()));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()));
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);  // never turned off
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onBody);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &response);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &onHeader);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &response);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &onProgress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, cancel_);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
  const CURLcode rc = curl_easy_perform(h);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, nullptr);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  DeliveryAttempt out;
  const bool too_large = rc == CURLE_WRITE_ERROR && response.read > kMaxResponseBytes;
  if (rc != CURLE_OK && !(too_large && status > 0)) {
    out.http_status = 0;
    out.error = rc == CURLE_OPERATION_TIMEDOUT
                    ? fmt::format("no answer within {}", formatDuration(request.timeout))
                    : (error_buffer[0] != '\0' ? error_buffer : curl_easy_strerror(rc));
    return out;
  }
  out.http_status = static_cast<int>(status);
  out.error = repairText(response.kept).value_or(response.kept);
  if (response.retry_after) {
    out.retry_after = parseRetryAfter(*response.retry_after, request.signed_at);
  }
  return out;
}

}  // namespace cgs
