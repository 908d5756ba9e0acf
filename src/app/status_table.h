#pragma once

#include <string>
#include <vector>

#include "config/config.h"
#include "store/inventory_store.h"
#include "store/outbox_store.h"
#include "store/run_store.h"
#include "sync/account_roster.h"

namespace cgs {

struct StatusTable {
  std::string text;
  bool stale = false;  // some enabled account's last success is older than 3 intervals, or none
};

// The --status table: one line per account in force (configured or discovered), with its latest
// run and the age of its last success, then one per retired account ("retired: <reason>") and per
// account in the database that neither names ("not configured").
[[nodiscard]] StatusTable renderStatus(const Config& config, const std::vector<RunSummary>& runs,
                                       const std::vector<RetiredAccount>& retired = {});

// The discovery line: the latest pass and the accounts it makes. Empty without discovery.
[[nodiscard]] std::string renderDiscoveryStatus(const Config& config,
                                                const std::optional<DiscoverySummary>& latest,
                                                const AccountRoster& roster);

// One line per configured webhook (and per webhook with rows that the config no longer names):
// pending events, the oldest one's age, dead deliveries. Empty without webhooks.
[[nodiscard]] std::string renderWebhookStatus(const Config& config,
                                              const std::vector<WebhookBacklog>& backlog);

// "45s", "12m", "3h", "2d"
[[nodiscard]] std::string humanAge(double seconds);

}  // namespace cgs
