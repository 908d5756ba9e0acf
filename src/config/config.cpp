#include "config/config.h"

namespace cgs {

const CredentialConfig* Config::findCredentials(const std::string& name) const {
  for (const auto& c : credentials) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

const AccountConfig* Config::findAccount(const std::string& name) const {
  for (const auto& a : accounts) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

std::string CredentialSource::describe() const {
  if (inline_value) return "inline";
  if (!env.empty()) return "env " + env;
  if (!file.empty()) return "file " + file;
  return "none";
}

}  // namespace cgs
