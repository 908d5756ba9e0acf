#include <regex>

#include <fmt/format.h>

#include "config/section_readers.h"

namespace cgs {

void readAccountSettings(YamlReader& r, const YAML::Node& a, const std::string& path,
                         AccountConfig& acc,
                         const std::function<bool(const std::string&)>& credential_set_exists) {
  r.str(a, "credentials", path, acc.credentials);
  r.oneOf(a, "channel_type", path, acc.channel_type, {"WHATSAPP"});
  r.oneOf(a, "group_status", path, acc.group_status,
          {"ACTIVE", "INACTIVE", "SUSPENDED", "CREATING", "DELETING", "UPDATING"});
  r.str(a, "subject", path, acc.subject);
  if (r.scalar(a, "interval", path)) {
    Millis interval{-1};
    r.duration(a, "interval", path, interval, Millis{1000});
    if (interval >= Millis{1000}) acc.interval = interval;
  }
  r.boolean(a, "enabled", path, acc.enabled);
  r.boolean(a, "participants", path, acc.participants);
  if (!credential_set_exists(acc.credentials)) {
    r.error(a["credentials"] ? a["credentials"] : a, path + ".credentials",
            fmt::format("no credential set named {} under credentials:", quoted(acc.credentials)));
  }
}

void readAccounts(YamlReader& r, const YAML::Node& n, std::vector<AccountConfig>& out,
                  const std::function<bool(const std::string&)>& credential_set_exists) {
  if (!n.IsSequence()) {
    r.error(n, "accounts", fmt::format("expected a list of accounts, got {}", describe(n)));
    return;
  }
  static const std::regex kName("[a-z0-9_-]+");
  std::vector<std::pair<std::string, YAML::Node>> names;
  for (std::size_t i = 0; i < n.size(); ++i) {
    const YAML::Node& a = n[i];
    const std::string path = fmt::format("accounts[{}]", i);
    AccountConfig acc;
    if (!r.mapping(a, path,
                   {"name", "cust_space_id", "business_number", "credentials", "channel_type",
                    "group_status", "subject", "interval", "enabled", "participants"})) {
      continue;
    }
    if (!r.str(a, "name", path, acc.name)) {
      r.error(a, path + ".name", "missing (every account needs a unique name)");
    } else if (!std::regex_match(acc.name, kName)) {
      r.error(a["name"], path + ".name",
              fmt::format("must match [a-z0-9_-]+, got {}", quoted(acc.name)));
    } else {
      for (const auto& [other, node] : names) {
        if (other == acc.name) {
          const YAML::Mark m = node.Mark();
          r.error(a["name"], path + ".name",
                  fmt::format("duplicate account name \"{}\" (first defined at line {})", acc.name,
                              m.line + 1));
          break;
        }
      }
      names.emplace_back(acc.name, a["name"]);
    }
    if (!r.str(a, "cust_space_id", path, acc.cust_space_id) || acc.cust_space_id.empty()) {
      r.error(a, path + ".cust_space_id", "missing (the CAMS CustSpaceId, e.g. cams-x123)");
    }
    if (!r.str(a, "business_number", path, acc.business_number) || acc.business_number.empty()) {
      r.error(a, path + ".business_number", "missing (the WhatsApp business number)");
    }
    readAccountSettings(r, a, path, acc, credential_set_exists);
    out.push_back(std::move(acc));
  }
}

}  // namespace cgs
