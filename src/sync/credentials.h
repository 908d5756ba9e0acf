#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "cams/resolved_credentials.h"
#include "common/env_lookup.h"
#include "config/config.h"

namespace cgs {

// A credential set whose parts cannot be read. The message names the source (variable or file)
// and never a value.
class CredentialError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads each part from its source: inline, an environment variable, or a file (relative paths
// resolve against `credentials_directory`, systemd's $CREDENTIALS_DIRECTORY, when it is set).
// Trailing whitespace and newlines of files are dropped. A file must be a regular file of at most
// 64 KiB that grants nothing to group or others (chmod 600), and no part may hold a control
// character (CR/LF in the key id or token would inject HTTP headers). Throws CredentialError.
[[nodiscard]] ResolvedCredentials resolveCredentials(const CredentialConfig& config,
                                                     const EnvLookup& env);

// One secret from its source (inline, environment variable, or file as above); `owner` and `part`
// name it in the error ("webhook \"crm\"", "secret"). Files follow the rules above; the value may
// hold any byte (an HMAC key). Throws CredentialError.
[[nodiscard]] Secret resolveSecret(const std::string& owner, const char* part,
                                   const CredentialSource& source, const EnvLookup& env);

// The participants' pseudonymization key from its source (participants.pseudonymize_key_env or
// _file); nullopt when none is configured. A configured key that cannot be read, or is shorter
// than kMinPseudonymizeKeyBytes, throws CredentialError: numbers are then not stored at all, never
// stored in the clear by accident.
inline constexpr std::size_t kMinPseudonymizeKeyBytes = 16;
[[nodiscard]] std::optional<Secret> resolvePseudonymizeKey(const ParticipantsConfig& config,
                                                           const EnvLookup& env);

}  // namespace cgs
