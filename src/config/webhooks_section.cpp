#include <algorithm>
#include <regex>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/loopback.h"
#include "config/section_readers.h"

namespace cgs {
namespace {

void readUrl(YamlReader& r, const YAML::Node& w, const std::string& path, WebhookConfig& c) {
  if (!r.str(w, "url", path, c.url) || c.url.empty()) {
    r.error(w, path + ".url", "missing (the receiver's https:// URL)");
    return;
  }
  static const std::regex kUrl(R"((https?)://([^/?#\s]+)([/?][^\s]*)?)");
  std::smatch m;
  if (!std::regex_match(c.url, m, kUrl)) {
    r.error(w["url"], path + ".url",
            fmt::format("expected an http(s):// URL, got {}", quoted(c.url)));
    return;
  }
  const std::string authority = m[2].str();  // host[:port]
  if (authority.find('@') != std::string::npos) {
    r.error(w["url"], path + ".url", "credentials in the URL are not allowed: use the secret");
    return;
  }
  if (m[1] == "http" && !isLoopbackHost(authority)) {
    r.error(w["url"], path + ".url",
            fmt::format("http sends events in clear text; it is allowed only to a loopback "
                        "receiver, not {}: use https",
                        quoted(authority)));
  }
}

}  // namespace

void readWebhooks(YamlReader& r, const YAML::Node& n, std::vector<WebhookConfig>& out,
                  bool owner_only, const std::function<bool(const std::string&)>& account_exists) {
  if (!n.IsSequence()) {
    r.error(n, "webhooks", fmt::format("expected a list of webhooks, got {}", describe(n)));
    return;
  }
  static const std::regex kName("[a-z0-9_-]+");
  for (std::size_t i = 0; i < n.size(); ++i) {
    const YAML::Node& w = n[i];
    const std::string path = fmt::format("webhooks[{}]", i);
    WebhookConfig c;
    if (!r.mapping(w, path,
                   {"name", "url", "secret", "secret_env", "secret_file", "events", "accounts",
                    "max_batch", "timeout", "max_age"})) {
      continue;
    }
    if (!r.str(w, "name", path, c.name)) {
      r.error(w, path + ".name", "missing (every webhook needs a unique name)");
    } else if (!std::regex_match(c.name, kName)) {
      r.error(w["name"], path + ".name",
              fmt::format("must match [a-z0-9_-]+, got {}", quoted(c.name)));
    } else if (std::any_of(out.begin(), out.end(),
                           [&](const WebhookConfig& o) { return o.name == c.name; })) {
      r.error(w["name"], path + ".name", fmt::format("duplicate webhook name \"{}\"", c.name));
    }
    readUrl(r, w, path, c);
    readSecretSource(r, w, path, "secret", c.secret, true, true, owner_only);
    if (r.strings(w, "events", path, c.events, false)) {
      for (const auto& e : c.events) {
        if (std::find(kWebhookEvents.begin(), kWebhookEvents.end(), e) == kWebhookEvents.end()) {
          r.error(w["events"], path + ".events",
                  fmt::format("unknown event {} ({})", quoted(e), fmt::join(kWebhookEvents, ", ")));
        }
      }
    } else {
      c.events = defaultEventNames();
    }
    if (r.strings(w, "accounts", path, c.accounts, false)) {
      for (const auto& a : c.accounts) {
        if (!account_exists(a)) {
          r.error(w["accounts"], path + ".accounts",
                  fmt::format("no account named {} under accounts:", quoted(a)));
        }
      }
    }
    r.integer(w, "max_batch", path, c.max_batch, 1, 10'000);
    r.duration(w, "timeout", path, c.timeout, Millis{100});
    r.duration(w, "max_age", path, c.max_age, Millis{60'000});
    out.push_back(std::move(c));
  }
}

}  // namespace cgs
