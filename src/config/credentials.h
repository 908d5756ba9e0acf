#pragma once

#include <stdexcept>
#include <string>

#include "common/secret.h"
#include "config/config.h"
#include "config/config_loader.h"

namespace cgs {

// One Alibaba Cloud identity, ready to sign with.
struct ResolvedCredentials {
  std::string access_key_id;
  Secret access_key_secret;
  Secret security_token;  // empty unless STS
};

// A credential set whose parts cannot be read. The message names the source (variable or file)
// and never a value.
class CredentialError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads each part from its source: inline, an environment variable, or a file (relative paths
// resolve against `credentials_directory`, systemd's $CREDENTIALS_DIRECTORY, when it is set).
// Trailing whitespace and newlines of files are dropped. Throws CredentialError.
[[nodiscard]] ResolvedCredentials resolveCredentials(const CredentialConfig& config,
                                                     const EnvLookup& env);

// "env ALIBABA_CLOUD_ACCESS_KEY_ID", "file /run/credentials/x/secret", "inline", "none".
[[nodiscard]] std::string describeSource(const CredentialSource& source);

}  // namespace cgs
