#include "sim_verifier.h"

#include <algorithm>
#include <ctime>
#include <set>

#include <fmt/format.h>

#include "cams/percent_encoding.h"
#include "common/crypto.h"

namespace cgs::sim {

std::optional<SimCredential> parseCredential(const std::string& text) {
  const auto a = text.find(':');
  if (a == std::string::npos || a == 0) return std::nullopt;
  const auto b = text.find(':', a + 1);
  SimCredential c;
  c.access_key_id = text.substr(0, a);
  c.secret = text.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
  if (b != std::string::npos) c.security_token = text.substr(b + 1);
  if (c.secret.empty()) return std::nullopt;
  return c;
}

void SignatureVerifier::setCredentials(std::map<std::string, SimCredential> credentials) {
  std::lock_guard lock(mutex_);
  credentials_ = std::move(credentials);
}

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::optional<std::string> header(const Headers& headers, const std::string& name) {
  for (const auto& [n, v] : headers) {
    if (lower(n) == name) return v;
  }
  return std::nullopt;
}

Rejection reject(int status, std::string code, std::string message) {
  return Rejection{status, std::move(code), std::move(message)};
}

struct Authorization {
  std::string credential;
  std::vector<std::string> signed_headers;
  std::string signature;
};

std::optional<Authorization> parseAuthorization(const std::string& value) {
  const std::string prefix = "ACS3-HMAC-SHA256 ";
  if (value.rfind(prefix, 0) != 0) return std::nullopt;
  Authorization a;
  bool has_credential = false, has_headers = false, has_signature = false;
  std::size_t pos = prefix.size();
  while (pos < value.size()) {
    auto comma = value.find(',', pos);
    std::string part =
        value.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    while (!part.empty() && part.front() == ' ') part.erase(0, 1);
    const auto eq = part.find('=');
    if (eq == std::string::npos) return std::nullopt;
    const std::string key = part.substr(0, eq), val = part.substr(eq + 1);
    if (key == "Credential") {
      a.credential = val;
      has_credential = true;
    } else if (key == "SignedHeaders") {
      std::size_t s = 0;
      while (s <= val.size()) {
        const auto semi = val.find(';', s);
        a.signed_headers.push_back(
            val.substr(s, semi == std::string::npos ? std::string::npos : semi - s));
        if (semi == std::string::npos) break;
        s = semi + 1;
      }
      has_headers = true;
    } else if (key == "Signature") {
      a.signature = val;
      has_signature = true;
    }
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  if (!has_credential || !has_headers || !has_signature) return std::nullopt;
  return a;
}

std::optional<std::chrono::system_clock::time_point> parseDate(const std::string& s) {
  std::tm tm{};
  const char* end = strptime(s.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  if (end == nullptr || *end != '\0') return std::nullopt;
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

// Whether SignedHeaders covers host and every x-acs-* header sent, and names only headers sent.
std::optional<Rejection> signedHeadersProblem(const Authorization& auth, const Headers& headers) {
  const std::set<std::string> signed_set(auth.signed_headers.begin(), auth.signed_headers.end());
  if (!signed_set.count("host")) {
    return reject(400, "IncompleteSignature", "The host header must be signed.");
  }
  for (const auto& [n, v] : headers) {
    const std::string ln = lower(n);
    if (ln.rfind("x-acs-", 0) == 0 && !signed_set.count(ln)) {
      return reject(400, "IncompleteSignature",
                    fmt::format("The header {} is sent but not signed.", ln));
    }
  }
  for (const auto& name : auth.signed_headers) {
    if (!header(headers, name)) {
      return reject(400, "IncompleteSignature",
                    fmt::format("The signed header {} is not in the request.", name));
    }
  }
  return std::nullopt;
}

// The content hash, date (15 minutes of skew) and nonce headers every signed request carries.
std::optional<Rejection> requestHeadersProblem(const Headers& headers, const std::string& body,
                                               std::chrono::system_clock::time_point now) {
  const auto content_sha = header(headers, "x-acs-content-sha256");
  if (!content_sha || *content_sha != sha256Hex(body)) {
    return reject(400, "SignatureDoesNotMatch",
                  "x-acs-content-sha256 is missing or does not match the body.");
  }
  const auto date_text = header(headers, "x-acs-date");
  const auto date = date_text ? parseDate(*date_text) : std::nullopt;
  if (!date) {
    return reject(400, "InvalidTimeStamp.Format",
                  "x-acs-date must be UTC in the form 2024-01-02T03:04:05Z.");
  }
  if (*date > now + SignatureVerifier::kMaxSkew || *date < now - SignatureVerifier::kMaxSkew) {
    return reject(400, "InvalidTimeStamp.Expired",
                  fmt::format("Specified time stamp or date value is expired: {} is more "
                              "than 15 minutes from the server time.",
                              *date_text));
  }
  const auto nonce = header(headers, "x-acs-signature-nonce");
  if (!nonce || nonce->empty()) {
    return reject(400, "MissingSignatureNonce", "x-acs-signature-nonce is missing.");
  }
  return std::nullopt;
}

}  // namespace

bool SignatureVerifier::useNonce(const std::string& access_key_id, const std::string& nonce,
                                 std::chrono::system_clock::time_point now) {
  if (now - last_sweep_ > std::chrono::minutes(1)) {  // forget what is too old to be replayed
    for (auto& [key, map] : nonces_) {
      std::erase_if(map, [&](const auto& e) { return now - e.second > 2 * kMaxSkew; });
    }
    last_sweep_ = now;
  }
  return nonces_[access_key_id].emplace(nonce, now).second;
}

Verification SignatureVerifier::verify(const std::string& method, const std::string& path,
                                       const std::string& raw_query, const Headers& headers,
                                       const std::string& body,
                                       std::chrono::system_clock::time_point now) {
  Verification out;
  const auto auth_value = header(headers, "authorization");
  if (!auth_value) {
    out.rejection = reject(400, "MissingAuthorization", "The Authorization header is missing.");
    return out;
  }
  const auto auth = parseAuthorization(*auth_value);
  if (!auth) {
    out.rejection = reject(400, "IncompleteSignature",
                           "The Authorization header is not ACS3-HMAC-SHA256 "
                           "Credential=..,SignedHeaders=..,Signature=..");
    return out;
  }
  out.access_key_id = auth->credential;
  std::lock_guard lock(mutex_);
  const auto cred = credentials_.find(auth->credential);
  if (cred == credentials_.end()) {
    out.rejection = reject(404, "InvalidAccessKeyId.NotFound",
                           fmt::format("Specified access key is not found: {}", auth->credential));
    return out;
  }
  if (auto problem = signedHeadersProblem(*auth, headers)) {
    out.rejection = std::move(problem);
    return out;
  }
  if (auto problem = requestHeadersProblem(headers, body, now)) {
    out.rejection = std::move(problem);
    return out;
  }
  if (!cred->second.security_token.empty()) {
    const auto token = header(headers, "x-acs-security-token");
    if (!token || *token != cred->second.security_token) {
      out.rejection = reject(400, "InvalidSecurityToken.Mismatch",
                             "The security token is missing or does not match the access key.");
      return out;
    }
  }
  const auto query = decodeQuery(raw_query);
  if (!query) {
    out.rejection = reject(400, "InvalidParameter", "The query string has a malformed escape.");
    return out;
  }
  HttpRequest req{method, path, *query, headers, body};
  const Acs3Signature expected =
      computeAcs3Signature(req, auth->signed_headers, auth->credential, cred->second.secret);
  if (expected.signature != auth->signature) {
    out.rejection = reject(400, "SignatureDoesNotMatch",
                           "Specified signature is not matched with our calculation. server "
                           "string to sign is:" +
                               expected.string_to_sign);
    return out;
  }
  // The nonce counts only once the signature is good: a forged request cannot burn one.
  if (!useNonce(auth->credential, *header(headers, "x-acs-signature-nonce"), now)) {
    out.rejection =
        reject(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
  }
  return out;
}

}  // namespace cgs::sim
