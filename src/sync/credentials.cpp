#include "sync/credentials.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
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

// A secret file bigger than this is not a secret file (a key id, secret, token or HMAC key is
// at most a few KB; an STS token about 2 KB).
constexpr std::uintmax_t kMaxSecretFileBytes = 64 * 1024;

// The file's content, refused when group or others may read it (a secret shared with every local
// user is not one; inline secrets follow the same rule through the config file's mode) or when it
// is not a small regular file. Trailing whitespace and newlines are dropped.
std::string readSecretFile(const std::string& owner, const char* part, const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    throw CredentialError(
        fmt::format("{}: {}: cannot read {}: {}", owner, part, path, std::strerror(errno)));
  }
  if (!S_ISREG(st.st_mode) || static_cast<std::uintmax_t>(st.st_size) > kMaxSecretFileBytes) {
    throw CredentialError(fmt::format("{}: {}: {} is not a regular file of at most {} bytes", owner,
                                      part, path, kMaxSecretFileBytes));
  }
  if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    throw CredentialError(
        fmt::format("{}: {}: {} is readable by group or others (mode {:04o}): chmod 600 it", owner,
                    part, path, st.st_mode & 07777));
  }
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
  if (value.empty()) throw CredentialError(fmt::format("{}: {}: {} is empty", owner, part, path));
  return value;
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
  if (!src.file.empty()) return readSecretFile(owner, part, resolvePath(src.file, env));
  if (required) throw CredentialError(fmt::format("{}: {} has no source", owner, part));
  return std::nullopt;
}

// Refuses a part of a credential set that holds a control character: the key id goes into the
// Authorization header and the token into x-acs-security-token, where CR/LF would add headers of
// the sender's choosing (the secret is refused too: it is never binary). The message names the
// source, never the value.
std::string headerSafe(const std::string& owner, const char* part, const CredentialSource& src,
                       std::string value) {
  if (std::any_of(value.begin(), value.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
    throw CredentialError(fmt::format("{}: {} from {} holds a control character (CR, LF, ...)",
                                      owner, part, src.describe()));
  }
  return value;
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
  const auto part = [&](const char* name, const CredentialSource& src, bool required) {
    auto v = readPart(set, name, src, env, required);
    if (v) v = headerSafe(set, name, src, std::move(*v));
    return v;
  };
  out.access_key_id = *part("access_key_id", config.access_key_id, true);
  out.access_key_secret = Secret(*part("access_key_secret", config.access_key_secret, true));
  if (auto token = part("security_token", config.security_token, false)) {
    out.security_token = Secret(*token);
  }
  return out;
}

}  // namespace cgs
