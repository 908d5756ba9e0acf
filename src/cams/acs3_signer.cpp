#include "cams/acs3_signer.h"

#include <algorithm>

#include "common/crypto.h"

namespace cgs {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string canonicalQueryString(const QueryParams& query) {
  QueryParams sorted = query;
  std::sort(sorted.begin(), sorted.end());
  return encodeQuery(sorted);
}

bool isSignedHeaderName(std::string_view name) {
  const std::string n = lower(name);
  return n == "host" || n == "content-type" || n.rfind("x-acs-", 0) == 0;
}

std::vector<std::string> signableHeaderNames(const Headers& headers) {
  std::vector<std::string> names;
  for (const auto& [name, value] : headers) {
    if (isSignedHeaderName(name)) names.push_back(lower(name));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

Acs3Signature computeAcs3Signature(const HttpRequest& request,
                                   const std::vector<std::string>& signed_header_names,
                                   std::string_view access_key_id,
                                   std::string_view access_key_secret) {
  std::vector<std::string> names = signed_header_names;
  std::sort(names.begin(), names.end());
  std::string canonical_headers;
  std::string signed_headers;
  for (const auto& name : names) {
    // A header sent twice is joined with commas, as HTTP folding would.
    std::string value;
    bool first = true;
    for (const auto& [hn, hv] : request.headers) {
      if (lower(hn) != name) continue;
      if (!first) value += ',';
      value += trim(hv);
      first = false;
    }
    canonical_headers += name + ':' + value + '\n';
    if (!signed_headers.empty()) signed_headers += ';';
    signed_headers += name;
  }
  Acs3Signature s;
  s.signed_headers = signed_headers;
  s.canonical_request = request.method + '\n' + request.path + '\n' +
                        canonicalQueryString(request.query) + '\n' + canonical_headers + '\n' +
                        signed_headers + '\n' + sha256Hex(request.body);
  s.string_to_sign = std::string(kAcs3Algorithm) + '\n' + sha256Hex(s.canonical_request);
  s.signature = hmacSha256Hex(access_key_secret, s.string_to_sign);
  s.authorization = std::string(kAcs3Algorithm) + " Credential=" + std::string(access_key_id) +
                    ",SignedHeaders=" + signed_headers + ",Signature=" + s.signature;
  return s;
}

Acs3Signature signAcs3(const HttpRequest& request, std::string_view access_key_id,
                       std::string_view access_key_secret) {
  return computeAcs3Signature(request, signableHeaderNames(request.headers), access_key_id,
                              access_key_secret);
}

}  // namespace cgs
