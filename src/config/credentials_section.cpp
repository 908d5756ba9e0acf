#include <regex>

#include <fmt/format.h>

#include "config/section_readers.h"

namespace cgs {

void readSecretSource(YamlReader& r, const YAML::Node& n, const std::string& path,
                      const std::string& part, CredentialSource& out, bool required, bool secret,
                      bool owner_only) {
  const std::string inline_key = part;
  const std::string env_key = part + "_env";
  const std::string file_key = part + "_file";
  std::string inline_value;
  int sources = 0;
  if (r.str(n, inline_key.c_str(), path, inline_value)) {
    ++sources;
    if (secret && !owner_only) {
      r.error(n[inline_key], YamlReader::join(path, inline_key),
              fmt::format("an inline secret needs a file that only its owner can read, and {} is "
                          "readable by group or others: chmod 600 it, or use {} or {}",
                          r.file(), env_key, file_key));
    }
    out.inline_value = Secret(inline_value);
  }
  if (r.str(n, env_key.c_str(), path, out.env)) ++sources;
  if (r.str(n, file_key.c_str(), path, out.file)) ++sources;
  if (sources > 1) {
    r.error(n, path, fmt::format("give one of {}, {} or {}", inline_key, env_key, file_key));
  } else if (sources == 0 && required) {
    r.error(n, path, fmt::format("missing {} (or {} / {})", env_key, inline_key, file_key));
  }
}

CredentialConfig defaultCredentials() {
  CredentialConfig c;
  c.name = "default";
  c.access_key_id.env = "ALIBABA_CLOUD_ACCESS_KEY_ID";
  c.access_key_secret.env = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
  c.security_token.env = "ALIBABA_CLOUD_SECURITY_TOKEN";
  return c;
}

void readCredentials(YamlReader& r, const YAML::Node& n, std::vector<CredentialConfig>& out,
                     bool owner_only) {
  if (!n.IsMap()) {
    r.error(n, "credentials", fmt::format("expected a mapping of named sets, got {}", describe(n)));
    return;
  }
  static const std::regex kName("[a-z0-9_-]+");
  for (const auto& kv : n) {
    CredentialConfig c;
    c.name = kv.first.Scalar();
    const std::string path = "credentials." + c.name;
    if (!std::regex_match(c.name, kName)) {
      r.error(kv.first, path, "a credential set name must match [a-z0-9_-]+");
    }
    const YAML::Node& body = kv.second;
    if (!r.mapping(body, path,
                   {"access_key_id", "access_key_id_env", "access_key_id_file", "access_key_secret",
                    "access_key_secret_env", "access_key_secret_file", "security_token",
                    "security_token_env", "security_token_file"})) {
      continue;
    }
    readSecretSource(r, body, path, "access_key_id", c.access_key_id, true, false, owner_only);
    readSecretSource(r, body, path, "access_key_secret", c.access_key_secret, true, true,
                     owner_only);
    readSecretSource(r, body, path, "security_token", c.security_token, false, true, owner_only);
    out.push_back(std::move(c));
  }
}

}  // namespace cgs
