#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/duration.h"
#include "store/connection.h"
#include "store/outbox_store.h"
#include "sync/sync_environment.h"
#include "webhook/delivery_policy.h"
#include "webhook/webhook_client.h"

namespace cgs {

// Told about delivery attempts and backlogs (the metrics endpoint implements it). Thread-safe.
class DeliveryObserver {
 public:
  virtual ~DeliveryObserver() = default;
  virtual void onDeliveryAttempt(const std::string& webhook, DeliveryOutcome outcome,
                                 int http_status, Millis latency) = 0;
  virtual void onBacklog(const std::vector<WebhookBacklog>& backlog) = 0;
};

// Sends webhook deliveries from the outbox (README, "Webhooks"): for each configured webhook that
// this replica can claim (one replica per webhook at a time), its deliveries one at a time in
// change_id order, each signed afresh, until none is due now. A delivery that fails transiently
// waits for its retry and holds back the later ones; a dead one does not. Owns one database
// session and one HTTP connection. Not thread-safe: one thread calls it.
class WebhookDispatcher {
 public:
  WebhookDispatcher(std::string conninfo, std::string schema, DeliveryObserver* observer);

  // One pass over every webhook. Returns how long until the next retry is due (nullopt when
  // nothing waits for a retry; new events may arrive at any time). Never throws: database
  // trouble is logged and the pass ends.
  std::optional<Millis> dispatchDue(const SyncEnvironment& env);

 private:
  // Sends `webhook`'s due deliveries; the time until its pending one is due, if any.
  std::optional<Millis> dispatchWebhook(const SyncEnvironment& env, const WebhookConfig& webhook);
  void reportBacklog(const SyncEnvironment& env);

  Connection connection_;
  OutboxStore store_;
  WebhookClient client_;
  DeliveryObserver* observer_;
  std::map<std::string, SteadyTime> warned_;  // backlog warnings, at most one per webhook and hour
};

}  // namespace cgs
