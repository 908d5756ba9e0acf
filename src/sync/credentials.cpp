#include "sync/credentials.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace cgs {
namespace {

std::string resolvePath(const std::string& file, const EnvLookup& env) {
  if (!file.empty() && file.front() == '/') return file;
  if (auto dir = env("CREDENTIALS_DIRECTORY"); dir && !dir->empty()) return *dir + "/" + file;
  return file;
}

std::optional<std::string> readPart(const std::string& owner, const char* part,
                                    const CredentialSource& src, const EnvLookup& env,
                                    bool required) {
  if (src.inline_value) return src.inline_value->reveal();
  if (!src.env.empty()) {
    auto v = env(src.env);
    if (v && !v->empty()) return v;
    if (!required) return std::nullopt;
    throw CredentialError(fmt::format("{}: {}: environment variable {} is {}", owner, part, src.env,
                                      v ? "empty" : "not set"));
  }
  if (!src.file.empty()) {
    const std::string path = resolvePath(src.file, env);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      throw CredentialError(
          fmt::format("{}: {}: cannot read {}: {}", owner, part, path, std::strerror(errno)));
    }
    std::ostringstream s;
    s << in.rdbuf();
    std::string value = s.str();
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) {
      value.pop_back();
    }
    if (value.empty()) {
      throw CredentialError(fmt::format("{}: {}: {} is empty", owner, part, path));
    }
    return value;
  }
  if (required) {
    throw CredentialError(fmt::format("{}: {} has no source", owner, part));
  }
  return std::nullopt;
}

}  // namespace

Secret resolveSecret(const std::string& owner, const char* part, const CredentialSource& source,
                     const EnvLookup& env) {
  return Secret(*readPart(owner, part, source, env, true));
}

std::optional<Secret> resolvePseudonymizeKey(const ParticipantsConfig& config,
                                             const EnvLookup& env) {
  const CredentialSource& source = config.pseudonymize_key;
  if (source.env.empty() && source.file.empty()) return std::nullopt;
  auto key = readPart("participants", "pseudonymize_key", source, env, true);
  if (key->size() < kMinPseudonymizeKeyBytes) {
    throw CredentialError(fmt::format(
        "participants: the pseudonymize key from {} is {} bytes long; use at least {} random bytes",
        source.describe(), key->size(), kMinPseudonymizeKeyBytes));
  }
  return Secret(*key);
}

ResolvedCredentials resolveCredentials(const CredentialConfig& config, const EnvLookup& env) {
  ResolvedCredentials out;
  const std::string set = fmt::format("credential set \"{}\"", config.name);
  out.access_key_id = *readPart(set, "access_key_id", config.access_key_id, env, true);
  out.access_key_secret =
      Secret(*readPart(set, "access_key_secret", config.access_key_secret, env, true));
  if (auto token = readPart(set, "security_token", config.security_token, env, false)) {
    out.security_token = Secret(*token);
  }
  return out;
}

}  // namespace cgs
