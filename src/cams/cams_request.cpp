#include "cams/cams_request.h"

#include <array>
#include <ctime>

#include <fmt/format.h>

#include "common/crypto.h"

namespace cgs {

std::string pageJson(int index, int size) {
  return fmt::format(R"({{"Index":{},"Size":{}}})", index, size);
}

std::string formatAcsDate(std::chrono::system_clock::time_point t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  std::array<char, 32> buf{};
  std::strftime(buf.data(), buf.size(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf.data();
}

HttpRequest buildSignedRequest(std::string_view action, const QueryParams& query,
                               std::string_view host, std::string_view access_key_id,
                               std::string_view access_key_secret, std::string_view security_token,
                               std::string_view date, std::string_view nonce) {
  HttpRequest r;
  r.method = "POST";
  r.path = "/";
  r.query = query;
  r.headers = {
      {"host", std::string(host)},
      {"x-acs-action", std::string(action)},
      {"x-acs-version", std::string(kCamsApiVersion)},
      {"x-acs-date", std::string(date)},
      {"x-acs-signature-nonce", std::string(nonce)},
      {"x-acs-content-sha256", sha256Hex("")},
  };
  if (!security_token.empty()) {
    r.headers.emplace_back("x-acs-security-token", std::string(security_token));
  }
  const Acs3Signature sig = signAcs3(r, access_key_id, access_key_secret);
  r.headers.emplace_back("Authorization", sig.authorization);
  return r;
}

}  // namespace cgs
