#include "app/readiness.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "common/printable.h"
#include "sync/credentials.h"

namespace cgs {
namespace {

// config/example.yaml's CustSpaceId: an unedited copy of the example.
constexpr const char* kPlaceholderSpace = "cams-xxxx";

// The problem `read` throws, if any.
template <typename F>
void collect(std::vector<std::string>& out, F&& read) {
  try {
    read();
  } catch (const CredentialError& e) {
    out.push_back(printable(e.what()));
  }
}

}  // namespace

std::vector<std::string> readinessProblems(const Config& config, const EnvLookup& env) {
  std::vector<std::string> out;
  std::set<std::string> sets;
  bool members = false;
  for (const auto& a : config.accounts) {
    if (!a.enabled) continue;
    sets.insert(a.credentials);
    members = members || a.participants;
    if (a.cust_space_id == kPlaceholderSpace) {
      out.push_back(fmt::format(
          "account \"{}\": cust_space_id {} is the example's placeholder: set the account's "
          "CustSpaceId and business_number",
          printable(a.name), kPlaceholderSpace));
    }
  }
  for (const auto& name : sets) {
    const auto* set = config.findCredentials(name);
    if (set == nullptr) continue;
    // Each part on its own, so every unreadable source is named, not only the first; then the
    // set as a run reads it (an optional token from an unset variable is fine there).
    const std::string owner = fmt::format("credential set \"{}\"", set->name);
    const std::size_t before = out.size();
    collect(out, [&] { (void)resolveSecret(owner, "access_key_id", set->access_key_id, env); });
    collect(out,
            [&] { (void)resolveSecret(owner, "access_key_secret", set->access_key_secret, env); });
    if (out.size() == before) collect(out, [&] { (void)resolveCredentials(*set, env); });
  }
  for (const auto& w : config.webhooks) {
    collect(out, [&] {
      (void)resolveSecret(fmt::format("webhook \"{}\"", w.name), "secret", w.secret, env);
    });
  }
  if (members) collect(out, [&] { (void)resolvePseudonymizeKey(config.participants, env); });
  return out;
}

}  // namespace cgs
