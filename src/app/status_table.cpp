#include "app/status_table.h"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "common/change_type.h"
#include "common/printable.h"
#include "sync/resource_step.h"

namespace cgs {

std::string humanAge(double seconds) {
  if (seconds < 0) seconds = 0;
  if (seconds < 120) return fmt::format("{:.0f}s", seconds);
  if (seconds < 7200) return fmt::format("{:.0f}m", seconds / 60);
  if (seconds < 172800) return fmt::format("{:.0f}h", seconds / 3600);
  return fmt::format("{:.0f}d", seconds / 86400);
}

namespace {

// The change columns: the group listing's change types, from the registry (the ones a run record
// counts), each as wide as its name or 6.
std::vector<ChangeTypeInfo> changeColumns() {
  std::vector<ChangeTypeInfo> out;
  for (const ChangeTypeInfo& type : kChangeTypes) {
    if (type.resource == resourceName(ResourceKind::kGroups)) out.push_back(type);
  }
  return out;
}

std::string changeCells(const std::vector<ChangeTypeInfo>& columns, const RunSummary* r) {
  std::string out;
  const ChangeTally tally = r != nullptr ? r->counts.tally() : ChangeTally{};
  for (const ChangeTypeInfo& type : columns) {
    const std::string cell = r != nullptr ? std::to_string(tally[type.type]) : "-";
    out += fmt::format(" {:>{}}", cell, std::max<std::size_t>(6, type.name.size()));
  }
  return out;
}

std::string changeHeader(const std::vector<ChangeTypeInfo>& columns) {
  std::string out;
  for (const ChangeTypeInfo& type : columns) {
    std::string name(type.name);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    out += fmt::format(" {:>{}}", name, std::max<std::size_t>(6, name.size()));
  }
  return out;
}

}  // namespace

StatusTable renderStatus(const Config& config, const std::vector<RunSummary>& runs,
                         const std::vector<RetiredAccount>& retired) {
  std::map<std::string, const RunSummary*> by_account;
  for (const auto& r : runs) by_account[r.account_name] = &r;
  const auto columns = changeColumns();
  // As wide as the longest name (a discovered one is "<cust_space_id>/<phone_number>"), at
  // least 24.
  std::size_t w = 24;
  for (const auto& a : config.accounts) w = std::max(w, printable(a.name).size());
  for (const auto& a : retired) w = std::max(w, printable(a.name).size());
  for (const auto& r : runs) w = std::max(w, printable(r.account_name).size());
  StatusTable out;
  out.text = fmt::format("{:<{}} {:<11} {:>7} {:>9} {:>8}{} {:<24} {:>12}  {}\n", "ACCOUNT", w,
                         "STATUS", "AGE", "DURATION", "SEEN", changeHeader(columns), "ERROR",
                         "LAST SUCCESS", "HEALTH");
  const auto line = [&](const std::string& name, const RunSummary* r, const char* health) {
    if (r == nullptr) {
      out.text += fmt::format("{:<{}} {:<11} {:>7} {:>9} {:>8}{} {:<24} {:>12}  {}\n",
                              printable(name), w, "never run", "-", "-", "-",
                              changeCells(columns, nullptr), "-", "never", health);
      return;
    }
    out.text += fmt::format(
        "{:<{}} {:<11} {:>7} {:>8.1f}s {:>8}{} {:<24} {:>12}  {}\n", printable(name), w,
        runStatusName(r->status), humanAge(r->age_seconds), r->duration_seconds,
        r->counts.groups_seen, changeCells(columns, r),
        r->error_code.empty() ? "-" : printable(r->error_code),
        r->last_success_age_seconds ? humanAge(*r->last_success_age_seconds) + " ago" : "never",
        health);
  };
  for (const auto& a : config.accounts) {
    const auto it = by_account.find(a.name);
    const RunSummary* r = it == by_account.end() ? nullptr : it->second;
    const double limit = 3.0 * std::chrono::duration<double>(config.intervalOf(a)).count();
    const char* health = "ok";
    if (!a.enabled) {
      health = "disabled";
    } else if (r == nullptr || !r->last_success_age_seconds ||
               *r->last_success_age_seconds > limit) {
      health = "STALE";
      out.stale = true;
    }
    line(a.name, r, health);
    if (it != by_account.end()) by_account.erase(it);
  }
  for (const auto& a : retired) {
    const auto it = by_account.find(a.name);
    const std::string health = "retired: " + printable(a.reason);
    line(a.name, it == by_account.end() ? nullptr : it->second, health.c_str());
    if (it != by_account.end()) by_account.erase(it);
  }
  for (const auto& [name, r] : by_account) line(name, r, "not configured");
  return out;
}

std::string renderDiscoveryStatus(const Config& config,
                                  const std::optional<DiscoverySummary>& latest,
                                  const AccountRoster& roster) {
  if (!config.discovery) return "";
  const std::string accounts =
      fmt::format("{} discovered account(s), {} retired", roster.discovered, roster.retired.size());
  if (!latest) return "discovery: no pass yet; " + accounts + "\n";
  return fmt::format(
      "discovery: last pass {} {} ago: {} instance(s), {} space(s){}, {} number(s){}; {}\n",
      printable(latest->status), humanAge(latest->age_seconds), latest->instances, latest->spaces,
      latest->spaces_failed > 0 ? fmt::format(" ({} not answered)", latest->spaces_failed) : "",
      latest->numbers, latest->error_code.empty() ? "" : " - " + printable(latest->error_code),
      accounts);
}

std::string renderWebhookStatus(const Config& config, const std::vector<WebhookBacklog>& backlog) {
  std::map<std::string, WebhookBacklog> by_name;
  for (const auto& b : backlog) by_name[b.webhook] = b;
  std::vector<std::pair<std::string, bool>> names;  // name, configured
  for (const auto& w : config.webhooks) names.emplace_back(w.name, true);
  for (const auto& [name, b] : by_name) {
    if (std::none_of(names.begin(), names.end(), [&](const auto& n) { return n.first == name; })) {
      names.emplace_back(name, false);
    }
  }
  std::string out;
  for (const auto& [name, configured] : names) {
    const auto it = by_name.find(name);
    const WebhookBacklog b = it == by_name.end() ? WebhookBacklog{name, 0, 0, 0} : it->second;
    out += fmt::format("webhook {}: {} pending event(s){}, {} dead deliver{}{}\n", printable(name),
                       b.pending_events,
                       b.pending_events > 0 ? ", oldest " + humanAge(b.oldest_pending_seconds) : "",
                       b.dead_deliveries, b.dead_deliveries == 1 ? "y" : "ies",
                       configured ? "" : " (no longer configured)");
  }
  return out;
}

}  // namespace cgs
