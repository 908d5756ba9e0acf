#include "config/config.h"

#include <algorithm>
#include <cctype>

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

bool DiscoveryConfig::coversSpace(const std::string& cust_space_id) const {
  return cust_space_ids.empty() || std::find(cust_space_ids.begin(), cust_space_ids.end(),
                                             cust_space_id) != cust_space_ids.end();
}

// Statuses are documented only by example: compared without regard to case.
bool DiscoveryConfig::makesAccount(const std::string& status) const {
  const auto same = [&status](const std::string& s) {
    return std::equal(s.begin(), s.end(), status.begin(), status.end(), [](char a, char b) {
      return std::tolower(static_cast<unsigned char>(a)) ==
             std::tolower(static_cast<unsigned char>(b));
    });
  };
  return std::any_of(number_status.begin(), number_status.end(), same);
}

bool WebhookConfig::covers(const std::string& account) const {
  return accounts.empty() || std::find(accounts.begin(), accounts.end(), account) != accounts.end();
}

}  // namespace cgs
