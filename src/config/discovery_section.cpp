#include <fmt/format.h>

#include "config/section_readers.h"

namespace cgs {

void readDiscovery(YamlReader& r, const YAML::Node& n, DiscoveryConfig& d,
                   const std::function<bool(const std::string&)>& credential_set_exists) {
  if (!r.mapping(n, "discovery",
                 {"interval", "credentials", "channel_type", "cust_space_ids", "number_status",
                  "account"})) {
    return;
  }
  r.duration(n, "interval", "discovery", d.interval, Millis{60'000});
  r.str(n, "credentials", "discovery", d.credentials);
  if (!credential_set_exists(d.credentials)) {
    r.error(n["credentials"] ? n["credentials"] : n, "discovery.credentials",
            fmt::format("no credential set named {} under credentials:", quoted(d.credentials)));
  }
  // ListInstance documents lower-case values; the listing may answer in any case.
  r.oneOf(n, "channel_type", "discovery", d.channel_type,
          {"whatsapp", "messenger", "instagram", "viber"});
  r.strings(n, "cust_space_ids", "discovery", d.cust_space_ids, true);
  r.strings(n, "number_status", "discovery", d.number_status, false);
  // Discovered accounts list with the discovery's credential set unless they name another.
  d.account.credentials = d.credentials;
  if (const YAML::Node& a = n["account"]) {
    if (a.IsMap()) {  // said before the unknown-key report, which then adds nothing at that place
      for (const char* own : {"name", "cust_space_id", "business_number"}) {
        if (a[own]) {
          r.error(a[own], std::string("discovery.account.") + own,
                  "is each discovered number's own (\"<cust_space_id>/<phone_number>\", its "
                  "space and number); set it in an accounts[] entry for that pair instead");
        }
      }
    }
    if (r.mapping(a, "discovery.account",
                  {"credentials", "channel_type", "group_status", "subject", "interval", "enabled",
                   "participants"})) {
      readAccountSettings(r, a, "discovery.account", d.account, credential_set_exists);
    }
  }
}

}  // namespace cgs
