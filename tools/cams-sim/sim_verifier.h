#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "cams/acs3_signer.h"

namespace cgs::sim {

struct SimCredential {
  std::string access_key_id;
  std::string secret;
  std::string security_token;  // non-empty: requests must carry it
};

// "AKID:SECRET[:TOKEN]" -> credential; nullopt when malformed.
[[nodiscard]] std::optional<SimCredential> parseCredential(const std::string& text);

// Why a request was refused, in the gateway's terms.
struct Rejection {
  int http_status = 400;
  std::string code;
  std::string message;
};

// The outcome of checking a request's ACS3 signature.
struct Verification {
  std::optional<Rejection> rejection;  // empty: the signature is good
  std::string access_key_id;           // as claimed in Authorization (even when rejected)
};

// Verifies ACS3-HMAC-SHA256 the way the gateway does: the Authorization header's credential,
// SignedHeaders and Signature; every x-acs-* header and host must be signed; the query is decoded
// from the raw bytes and re-encoded strictly (the official SDK sends !'()* raw but signs them
// encoded); x-acs-content-sha256 must hash the body; x-acs-date within 15 minutes of now; a nonce
// used twice by one key within 15 minutes is refused; an STS key needs its x-acs-security-token.
// Thread-safe.
class SignatureVerifier {
 public:
  static constexpr std::chrono::minutes kMaxSkew{15};

  void setCredentials(std::map<std::string, SimCredential> credentials);

  // `raw_query` is the bytes after '?'; `headers` as received (any case).
  [[nodiscard]] Verification verify(const std::string& method, const std::string& path,
                                    const std::string& raw_query, const Headers& headers,
                                    const std::string& body,
                                    std::chrono::system_clock::time_point now);

 private:
  // False when the key used `nonce` within the last 2 x kMaxSkew. With mutex_ held.
  bool useNonce(const std::string& access_key_id, const std::string& nonce,
                std::chrono::system_clock::time_point now);

  std::mutex mutex_;
  std::map<std::string, SimCredential> credentials_;
  // access key id -> nonce -> when first seen
  std::unordered_map<std::string,
                     std::unordered_map<std::string, std::chrono::system_clock::time_point>>
      nonces_;
  std::chrono::system_clock::time_point last_sweep_{};
};

}  // namespace cgs::sim
