#pragma once

#include <string>

#include "common/secret.h"

namespace cgs {

// One Alibaba Cloud identity, ready to sign with.
struct ResolvedCredentials {
  std::string access_key_id;
  Secret access_key_secret;
  Secret security_token;  // empty unless STS
};

}  // namespace cgs
