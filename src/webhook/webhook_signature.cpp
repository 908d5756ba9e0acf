#include "webhook/webhook_signature.h"

#include "common/crypto.h"

namespace cgs {

std::string webhookSignature(std::string_view secret, std::string_view timestamp,
                             std::string_view body) {
  std::string signed_text;
  signed_text.reserve(timestamp.size() + 1 + body.size());
  signed_text.append(timestamp).append(".").append(body);
  return "v1=" + hmacSha256Hex(secret, signed_text);
}

}  // namespace cgs
