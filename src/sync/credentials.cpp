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

std::optional<std::string> readPart(const std::string& set, const char* part,
                                    const CredentialSource& src, const EnvLookup& env,
                                    bool required) {
  if (src.inline_value) return src.inline_value->reveal();
  if (!src.env.empty()) {
    auto v = env(src.env);
    if (v && !v->empty()) return v;
    if (!required) return std::nullopt;
    throw CredentialError(fmt::format("credential set \"{}\": {} : environment variable {} is {}",
                                      set, part, src.env, v ? "empty" : "not set"));
  }
  if (!src.file.empty()) {
    const std::string path = resolvePath(src.file, env);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      throw CredentialError(fmt::format("credential set \"{}\": {}: cannot read {}: {}", set, part,
                                        path, std::strerror(errno)));
    }
    std::ostringstream s;
    s << in.rdbuf();
    std::string value = s.str();
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) {
      value.pop_back();
    }
    if (value.empty()) {
      throw CredentialError(fmt::format("credential set \"{}\": {}: {} is empty", set, part, path));
    }
    return value;
  }
  if (required) {
    throw CredentialError(fmt::format("credential set \"{}\": {} has no source", set, part));
  }
  return std::nullopt;
}

}  // namespace

ResolvedCredentials resolveCredentials(const CredentialConfig& config, const EnvLookup& env) {
  ResolvedCredentials out;
  out.access_key_id = *readPart(config.name, "access_key_id", config.access_key_id, env, true);
  out.access_key_secret =
      Secret(*readPart(config.name, "access_key_secret", config.access_key_secret, env, true));
  if (auto token = readPart(config.name, "security_token", config.security_token, env, false)) {
    out.security_token = Secret(*token);
  }
  return out;
}

}  // namespace cgs
