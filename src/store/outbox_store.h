#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/transaction_base>

#include "common/duration.h"
#include "store/connection.h"

namespace cgs {

// A webhook and the change types it takes, as a run writes its events for it.
struct WebhookSubscription {
  std::string name;
  std::vector<std::string> events;  // the registry's names (common/change_type.h)
  std::vector<std::string> spaces;  // number events of these customer spaces only; empty: all
};

// The writer's side, inside a run's transaction: the last change id handed out before the run's
// first change (every change the run writes has a larger id: the history tables share one
// sequence), then, before commit, one outbox row per change of this run and subscribed webhook,
// the event as it will be sent. Each history table is read only when a subscription takes one of
// its change types.
[[nodiscard]] std::int64_t changeIdMark(pqxx::transaction_base& tx);
void enqueueEvents(pqxx::transaction_base& tx, const std::string& run_id, std::int64_t after,
                   const std::string& account_name,
                   const std::vector<WebhookSubscription>& subscriptions);

// A delivery to send now.
struct DueDelivery {
  std::string delivery_id;
  std::string body;
  int attempts = 0;  // before this one
  Millis age{0};     // since it was created (or requeued)
  std::int64_t events = 0;
};

// One webhook's backlog, for metrics and --status.
struct WebhookBacklog {
  std::string webhook;
  std::int64_t pending_events = 0;  // not yet delivered (in no delivery, or a pending one)
  double oldest_pending_seconds = 0;
  std::int64_t dead_deliveries = 0;
};

// The dispatcher's side: deliveries made from the outbox and their attempts. Owns every webhook
// SQL statement but the writer's two above. Throws DatabaseError.
class OutboxStore {
 public:
  explicit OutboxStore(Connection& connection) : connection_(connection) {}

  // Whether this session now dispatches `webhook` (no other replica does until release()).
  [[nodiscard]] bool claim(const std::string& webhook);
  void release(const std::string& webhook);

  // The webhook's next delivery if it is due: its oldest pending one, or, with none pending, a new
  // one of its oldest unbatched events (at most `max_batch`). nullopt when nothing is due now;
  // `next_due` then says when the pending one is (unset when there is nothing at all).
  [[nodiscard]] std::optional<DueDelivery> nextDue(const std::string& webhook, int max_batch,
                                                   std::optional<Millis>& next_due);
  void markDelivered(const std::string& delivery_id, int http_status);
  void markRetry(const std::string& delivery_id, int http_status, const std::string& error,
                 Millis wait);
  void markDead(const std::string& delivery_id, int http_status, const std::string& error);

  // Dead deliveries of `webhook` (created at or after `since`, an ISO 8601 time, when given)
  // become pending again, due now, with max_age counted from now. Returns how many.
  [[nodiscard]] int redeliver(const std::string& webhook, const std::optional<std::string>& since);

  // The backlog of these webhooks, one entry each (zeros for one without rows).
  [[nodiscard]] std::vector<WebhookBacklog> backlog(const std::vector<std::string>& webhooks);
  // The webhooks with undelivered rows, configured or not.
  [[nodiscard]] std::vector<std::string> webhooksWithRows();

  // Deletes delivered deliveries (and their events) delivered longer than `delivered` ago, and
  // dead ones last attempted longer than `dead` ago; 0 keeps them. In batches of 1,000.
  [[nodiscard]] std::int64_t pruneFinished(Millis delivered, Millis dead);

 private:
  Connection& connection_;
  // Per webhook, the last change id of the full batch made last: the next batch's index scan
  // starts after it. 0 (after a short batch, or none): from the start, so an event committed
  // late with a lower id is batched as soon as the backlog is drained.
  std::map<std::string, std::int64_t> batched_up_to_;
};

}  // namespace cgs
