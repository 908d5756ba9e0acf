#include "config/config_summary.h"

#include <fmt/format.h>

#include "common/conninfo.h"
#include "common/printable.h"
#include "config/config_warnings.h"

namespace cgs {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ",") + printable(i);
  return out;
}

std::string accountLine(const Config& c, const AccountConfig& a) {
  std::string filters;
  if (!a.channel_type.empty()) filters += " ChannelType=" + printable(a.channel_type);
  if (!a.group_status.empty()) filters += " GroupStatus=" + printable(a.group_status);
  if (!a.subject.empty()) filters += fmt::format(" Subject=\"{}\"", printable(a.subject));
  return fmt::format("  {}: CustSpaceId={} BusinessNumber={} credentials={} every {}{}{}{}\n",
                     printable(a.name), printable(a.cust_space_id), printable(a.business_number),
                     printable(a.credentials), formatDuration(c.intervalOf(a)),
                     filters.empty() ? "" : " filters:" + filters,
                     a.participants ? " +participants" : "", a.enabled ? "" : " (disabled)");
}

// What discovery will do, said once: which spaces, which numbers become accounts, with which
// settings, and that an accounts[] entry for the same pair wins.
std::string discoveryLines(const Config& c, const DiscoveryConfig& d) {
  AccountConfig settings = d.account;
  settings.name = "<cust_space_id>/<phone_number>";
  settings.cust_space_id = "<cust_space_id>";
  settings.business_number = "<phone_number>";
  return fmt::format(
      "discovery: every {} (and at start, --once and SIGHUP), with credentials {}: ListInstance "
      "ChannelType={}, then QueryChatappPhoneNumbers for {} (paced to that action's own limit; "
      "on one replica at a time)\n"
      "  every number is mirrored (phone_numbers); those with Status in [{}] become accounts:\n"
      "{}"
      "  an accounts[] entry with the same cust_space_id and business_number wins (its name and "
      "settings; enabled: false turns that number off); a number that leaves the listing or "
      "those statuses is retired (no syncs, its groups kept) until it comes back\n",
      formatDuration(d.interval), printable(d.credentials), printable(d.channel_type),
      d.cust_space_ids.empty() ? "every listed space" : "the spaces " + joined(d.cust_space_ids),
      joined(d.number_status), accountLine(c, settings));
}

std::string webhookLine(const WebhookConfig& w) {
  // Scheme and host only: a path or query may hold a token, and this reaches the journal at
  // every start (the unit's ExecStartPre).
  const std::string url = w.url.substr(0, w.url.find_first_of("/?#", w.url.find("://") + 3));
  const std::string accounts = joined(w.accounts);
  return fmt::format(
      "webhook {}: {} events={} accounts={} max_batch={} timeout={} max_age={}, "
      "secret from {}\n",
      printable(w.name), printable(url), joined(w.events), accounts.empty() ? "all" : accounts,
      w.max_batch, formatDuration(w.timeout), formatDuration(w.max_age), w.secret.describe());
}

// The database, API and schedule lines.
std::string connectionLines(const Config& c) {
  std::string out = fmt::format("database: {} (schema {})\n",
                                c.database.url.empty() ? "libpq defaults (PGHOST, PGDATABASE, ...)"
                                                       : redactConninfo(c.database.url),
                                c.database.schema);
  out += fmt::format(
      "api: {}://{} page_size={} qps={} max_attempts={} connect_timeout={} request_timeout={}\n",
      c.api.scheme, c.api.endpoint, c.api.page_size, c.api.qps, c.api.max_attempts,
      formatDuration(c.api.connect_timeout), formatDuration(c.api.request_timeout));
  out += fmt::format("schedule: every {} (jitter {}), {} account(s) at once\n",
                     formatDuration(c.schedule.interval), formatDuration(c.schedule.jitter),
                     c.schedule.concurrency);
  return out;
}

}  // namespace

std::string summarizeConfig(const Config& c) {
  std::string out = fmt::format("config {} is valid\n", printable(c.path)) + connectionLines(c);
  out += "credentials:\n";
  for (const auto& cr : c.credentials) {
    out += fmt::format("  {}: key id from {}, secret from {}, token from {}\n", cr.name,
                       cr.access_key_id.describe(), cr.access_key_secret.describe(),
                       cr.security_token.describe());
  }
  out += fmt::format("accounts ({}):\n", c.accounts.size());
  for (const auto& a : c.accounts) out += accountLine(c, a);
  if (c.discovery) out += discoveryLines(c, *c.discovery);
  const auto& p = c.participants;
  out += fmt::format("participants: refresh every {}, at most {} request(s) per run, numbers {}\n",
                     formatDuration(p.refresh), p.max_requests_per_run,
                     p.pseudonymize_key.env.empty() && p.pseudonymize_key.file.empty()
                         ? "stored as given"
                         : "pseudonymized with the key from " + p.pseudonymize_key.describe());
  for (const auto& w : c.webhooks) out += webhookLine(w);
  for (const auto& t : c.sql_access) {
    out += fmt::format(
        "sql_access: role {} reads {} (read-only, row security)\n", printable(t.role),
        t.all_accounts ? "every account" : "the rows of accounts " + joined(t.accounts));
  }
  if (!c.metrics.listen.empty()) {
    out += fmt::format("metrics: /metrics and /healthz on {}\n", printable(c.metrics.listen));
  }
  for (const auto& w : configWarnings(c)) out += "warning: " + w + "\n";
  return out;
}

}  // namespace cgs
