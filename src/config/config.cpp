#include "config/config.h"

#include <algorithm>

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

bool WebhookConfig::covers(const std::string& account) const {
  return accounts.empty() || std::find(accounts.begin(), accounts.end(), account) != accounts.end();
}

}  // namespace cgs
