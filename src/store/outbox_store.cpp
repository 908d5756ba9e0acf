#include "store/outbox_store.h"

#include <array>
#include <map>
#include <string_view>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "common/change_type.h"
#include "common/crypto.h"
#include "store/account_lock.h"
#include "store/database_error.h"

namespace cgs {
namespace {

constexpr const char* kChangeIdMark = R"(
SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('chat_group_changes', 'change_id')),
                0))";

// The event as receivers get it (README, "Webhooks"): an identity of its own, the change, and the
// group as it is when the change commits. The identity is made here, in the transaction that
// records the change, and kept in the stored body for every retry: receivers deduplicate on it.
// change_id cannot serve: after an asynchronous failover the new primary's sequence can issue
// again ids that were delivered before it (the transactions that used them were lost). Its members
// are listed here, not taken from the table: the wire format is a public interface, and a column a
// migration adds to chat_groups reaches receivers only when it is added here (and to the README).
// The run's changes are found by id range first (the primary key), then by run.
constexpr const char* kEnqueue = R"(
INSERT INTO webhook_outbox (webhook, change_id, account_name, event, created_at)
SELECT w.name, c.change_id, $3,
       jsonb_build_object(
         'event_id', gen_random_uuid(),
         'change_id', c.change_id, 'change_type', c.change_type, 'account', $3::text,
         'cust_space_id', c.cust_space_id, 'business_number', c.business_number,
         'group_id', c.group_id, 'changed_fields', c.changed_fields,
         'changed_at', to_char(c.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
         'group', (SELECT jsonb_build_object(
                            'cust_space_id', g.cust_space_id, 'business_number', g.business_number,
                            'group_id', g.group_id, 'subject', g.subject,
                            'description', g.description, 'invite_link', g.invite_link,
                            'group_status', g.group_status,
                            'profile_picture_file', g.profile_picture_file, 'raw', g.raw,
                            'account_name', g.account_name, 'first_seen_at', g.first_seen_at,
                            'last_changed_at', g.last_changed_at, 'removed_at', g.removed_at,
                            'business_role', g.business_role, 'gmt_modifier', g.gmt_modifier,
                            'group_link', g.group_link, 'group_type', g.group_type,
                            'total_participant_count', g.total_participant_count)
                   FROM chat_groups g
                   WHERE g.cust_space_id = c.cust_space_id
                     AND g.business_number = c.business_number AND g.group_id = c.group_id)),
       clock_timestamp()
FROM chat_group_changes c
JOIN jsonb_to_recordset($4::jsonb) AS w(name text, events text[]) ON c.change_type = ANY (w.events)
WHERE c.change_id > $2 AND c.run_id = $1::uuid)";

// A phone number's change (README, "Webhooks": the numbers' events), built as kEnqueue builds a
// group's: its own identity, the change, and the number as it is when the change commits. $4
// maps the stored change types to the event names (the registry's); a webhook with `spaces` takes
// the numbers of those spaces only. The outbox's account_name is the number's discovered name.
constexpr const char* kEnqueueNumbers = R"(
INSERT INTO webhook_outbox (webhook, change_id, account_name, event, created_at)
SELECT w.name, c.change_id, c.cust_space_id || '/' || c.phone_number,
       jsonb_build_object(
         'event_id', gen_random_uuid(),
         'change_id', c.change_id, 'change_type', $3::jsonb ->> c.change_type,
         'cust_space_id', c.cust_space_id, 'phone_number', c.phone_number,
         'changed_fields', c.changed_fields,
         'changed_at', to_char(c.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
         'number', (SELECT jsonb_build_object(
                             'cust_space_id', p.cust_space_id, 'phone_number', p.phone_number,
                             'status', p.status, 'quality_rating', p.quality_rating,
                             'messaging_limit_tier', p.messaging_limit_tier,
                             'verified_name', p.verified_name, 'raw', p.raw,
                             'first_seen_at', p.first_seen_at,
                             'last_changed_at', p.last_changed_at, 'removed_at', p.removed_at)
                    FROM phone_numbers p
                    WHERE p.cust_space_id = c.cust_space_id AND p.phone_number = c.phone_number)),
       clock_timestamp()
FROM phone_number_changes c
JOIN jsonb_to_recordset($4::jsonb) AS w(name text, events text[], spaces text[])
  ON ($3::jsonb ->> c.change_type) = ANY (w.events)
     AND (cardinality(w.spaces) = 0 OR c.cust_space_id = ANY (w.spaces))
WHERE c.change_id > $2 AND c.run_id = $1::uuid)";

constexpr const char* kHead = R"(
SELECT delivery_id::text, body, attempts,
       extract(epoch FROM clock_timestamp() - created_at) * 1000,
       extract(epoch FROM next_attempt_at - clock_timestamp()) * 1000, events
FROM webhook_deliveries
WHERE webhook = $1 AND status = 'pending'
ORDER BY first_change_id
LIMIT 1
FOR UPDATE)";

// The oldest unbatched events (after change id $4) become one delivery, its body built once and
// kept. One index range read of the unbatched-events index per batch, whatever the statistics say:
// a backlog enqueued in one go is not analyzed yet, and the planner, expecting a few rows, would
// read every unbatched event and sort them for each batch (quadratic over a large backlog).
constexpr const char* kIndexOrderOnly =
    "SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off";
constexpr const char* kCreate = R"(
WITH batch AS (
  SELECT change_id FROM webhook_outbox
  WHERE webhook = $1 AND delivery_id IS NULL AND change_id > $4
  ORDER BY change_id
  LIMIT $2
  FOR UPDATE
), taken AS (
  UPDATE webhook_outbox o SET delivery_id = $3::uuid
  FROM batch b
  WHERE o.webhook = $1 AND o.change_id = b.change_id
  RETURNING o.change_id, o.event
)
INSERT INTO webhook_deliveries
  (delivery_id, webhook, status, first_change_id, last_change_id, events, body, created_at,
   next_attempt_at)
SELECT $3::uuid, $1, 'pending', min(change_id), max(change_id), count(*),
       -- the text of jsonb_build_object('delivery_id', $3, 'webhook', $1, 'events',
       -- jsonb_agg(event ORDER BY change_id)), written out: no 500-event jsonb built and printed
       '{"events": [' || string_agg(event::text, ', ' ORDER BY change_id) || '], "webhook": ' ||
         to_jsonb($1::text)::text || ', "delivery_id": ' || to_jsonb($3::text)::text || '}',
       clock_timestamp(), clock_timestamp()
FROM taken
HAVING count(*) > 0
RETURNING body, events, last_change_id)";

constexpr const char* kDelivered = R"(
UPDATE webhook_deliveries
SET status = 'delivered', attempts = attempts + 1, last_attempt_at = clock_timestamp(),
    delivered_at = clock_timestamp(), last_http_status = $2, last_error = NULL
WHERE delivery_id = $1::uuid)";

constexpr const char* kRetry = R"(
UPDATE webhook_deliveries
SET attempts = attempts + 1, last_attempt_at = clock_timestamp(),
    next_attempt_at = clock_timestamp() + $4::bigint * interval '1 millisecond',
    last_http_status = nullif($2, 0), last_error = $3
WHERE delivery_id = $1::uuid)";

constexpr const char* kDead = R"(
UPDATE webhook_deliveries
SET status = 'dead', attempts = attempts + 1, last_attempt_at = clock_timestamp(),
    last_http_status = nullif($2, 0), last_error = $3
WHERE delivery_id = $1::uuid)";

constexpr const char* kRedeliver = R"(
UPDATE webhook_deliveries
SET status = 'pending', attempts = 0, created_at = clock_timestamp(),
    next_attempt_at = clock_timestamp()
WHERE webhook = $1 AND status = 'dead' AND ($2::timestamptz IS NULL OR created_at >= $2))";

// Per named webhook, through the partial indexes (unbatched events, pending deliveries) and the
// status index: the daemon asks every pass, and the outbox keeps delivered rows for days.
constexpr const char* kBacklog = R"(
SELECT w.name,
       (SELECT count(*) FROM webhook_outbox o WHERE o.webhook = w.name AND o.delivery_id IS NULL)
         + coalesce((SELECT sum(d.events) FROM webhook_deliveries d
                     WHERE d.webhook = w.name AND d.status = 'pending'), 0),
       coalesce(extract(epoch FROM clock_timestamp() - least(
         (SELECT min(o.created_at) FROM webhook_outbox o
          WHERE o.webhook = w.name AND o.delivery_id IS NULL),
         (SELECT min(o.created_at) FROM webhook_deliveries d JOIN webhook_outbox o USING (delivery_id)
          WHERE d.webhook = w.name AND d.status = 'pending'))), 0),
       (SELECT count(*) FROM webhook_deliveries d WHERE d.webhook = w.name AND d.status = 'dead')
FROM jsonb_array_elements_text($1::jsonb) AS w(name)
ORDER BY w.name)";

// Webhooks with undelivered rows, configured or not (for --status).
constexpr const char* kWebhooksWithRows = R"(
SELECT webhook FROM webhook_outbox WHERE delivery_id IS NULL
UNION
SELECT webhook FROM webhook_deliveries WHERE status <> 'delivered')";

// In batches, so no statement holds its locks for long on a large backlog.
// $1: 'delivered' (aged from delivered_at) or 'dead' (from the last attempt).
constexpr const char* kPruneFinished = R"(
WITH old AS (
  SELECT delivery_id FROM webhook_deliveries
  WHERE status = $1
    AND coalesce(delivered_at, last_attempt_at, created_at)
        < clock_timestamp() - $2::bigint * interval '1 millisecond'
  LIMIT 1000
), events AS (
  DELETE FROM webhook_outbox o USING old WHERE o.delivery_id = old.delivery_id
)
DELETE FROM webhook_deliveries d USING old WHERE d.delivery_id = old.delivery_id)";

}  // namespace

std::int64_t changeIdMark(pqxx::transaction_base& tx) {
  return tx.exec1(kChangeIdMark)[0].as<std::int64_t>();
}

void enqueueEvents(pqxx::transaction_base& tx, const std::string& run_id, std::int64_t after,
                   const std::string& account_name,
                   const std::vector<WebhookSubscription>& subscriptions) {
  // Per history table, the subscriptions with its change types, and its stored names' events.
  std::map<std::string_view, nlohmann::json> subs;
  std::map<std::string_view, nlohmann::json> names;
  for (const auto& s : subscriptions) {
    std::map<std::string_view, nlohmann::json> events;
    for (const auto& e : s.events) {
      const auto type = changeTypeNamed(e);
      if (!type) continue;
      const ChangeTypeInfo& info = changeTypeInfo(*type);
      events[info.table].push_back(e);
      names[info.table][std::string(info.stored)] = info.name;
    }
    for (auto& [table, list] : events) {
      subs[table].push_back({{"name", s.name}, {"events", list}, {"spaces", s.spaces}});
    }
  }
  if (auto it = subs.find("chat_group_changes"); it != subs.end()) {
    tx.exec_params(kEnqueue, run_id, after, account_name, it->second.dump());
  }
  if (auto it = subs.find("phone_number_changes"); it != subs.end()) {
    tx.exec_params(kEnqueueNumbers, run_id, after, names["phone_number_changes"].dump(),
                   it->second.dump());
  }
}

bool OutboxStore::claim(const std::string& webhook) {
  return withDatabaseErrors([&] {
    pqxx::nontransaction tx(connection_.get());
    if (!tryLockWebhook(tx, connection_.schema(), webhook)) return false;
    batched_up_to_.erase(webhook);  // another replica may have batched since this one did
    return true;
  });
}

void OutboxStore::release(const std::string& webhook) {
  withDatabaseErrors([&] {
    pqxx::nontransaction tx(connection_.get());
    unlockWebhook(tx, connection_.schema(), webhook);
  });
}

std::optional<DueDelivery> OutboxStore::nextDue(const std::string& webhook, int max_batch,
                                                std::optional<Millis>& next_due) {
  return withDatabaseErrors([&]() -> std::optional<DueDelivery> {
    next_due.reset();
    pqxx::work tx(connection_.get());
    const auto head = tx.exec_params(kHead, webhook);
    if (!head.empty()) {
      const auto& r = head[0];
      const Millis wait{static_cast<Millis::rep>(r[4].as<double>())};
      if (wait > Millis{0}) {
        next_due = wait;
        return std::nullopt;
      }
      DueDelivery d{r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<int>(),
                    Millis{static_cast<Millis::rep>(r[3].as<double>())}, r[5].as<std::int64_t>()};
      tx.commit();
      return d;
    }
    const std::string id = newUuid();
    std::int64_t& after = batched_up_to_[webhook];
    tx.exec(kIndexOrderOnly);
    auto made = tx.exec_params(kCreate, webhook, max_batch, id, after);
    if (made.empty() && after > 0) {  // nothing after it: look from the start once
      after = 0;
      made = tx.exec_params(kCreate, webhook, max_batch, id, after);
    }
    tx.commit();
    if (made.empty()) return std::nullopt;
    after = made[0][1].as<int>() == max_batch ? made[0][2].as<std::int64_t>() : 0;
    return DueDelivery{id, made[0][0].as<std::string>(), 0, Millis{0},
                       made[0][1].as<std::int64_t>()};
  });
}

void OutboxStore::markDelivered(const std::string& delivery_id, int http_status) {
  withDatabaseErrors([&] {
    pqxx::work tx(connection_.get());
    tx.exec_params(kDelivered, delivery_id, http_status);
    tx.commit();
  });
}

void OutboxStore::markRetry(const std::string& delivery_id, int http_status,
                            const std::string& error, Millis wait) {
  withDatabaseErrors([&] {
    pqxx::work tx(connection_.get());
    tx.exec_params(kRetry, delivery_id, http_status, error,
                   static_cast<std::int64_t>(wait.count()));
    tx.commit();
  });
}

void OutboxStore::markDead(const std::string& delivery_id, int http_status,
                           const std::string& error) {
  withDatabaseErrors([&] {
    pqxx::work tx(connection_.get());
    tx.exec_params(kDead, delivery_id, http_status, error);
    tx.commit();
  });
}

int OutboxStore::redeliver(const std::string& webhook, const std::optional<std::string>& since) {
  return withDatabaseErrors([&] {
    pqxx::work tx(connection_.get());
    const auto r = tx.exec_params(kRedeliver, webhook, since);
    tx.commit();
    return static_cast<int>(r.affected_rows());
  });
}

std::vector<std::string> OutboxStore::webhooksWithRows() {
  return withDatabaseErrors([&] {
    pqxx::read_transaction tx(connection_.get());
    std::vector<std::string> out;
    for (const auto& r : tx.exec(kWebhooksWithRows)) out.push_back(r[0].as<std::string>());
    return out;
  });
}

std::vector<WebhookBacklog> OutboxStore::backlog(const std::vector<std::string>& webhooks) {
  return withDatabaseErrors([&] {
    pqxx::read_transaction tx(connection_.get());
    std::vector<WebhookBacklog> out;
    for (const auto& r : tx.exec_params(kBacklog, nlohmann::json(webhooks).dump())) {
      out.push_back({r[0].as<std::string>(), r[1].as<std::int64_t>(), r[2].as<double>(),
                     r[3].as<std::int64_t>()});
    }
    return out;
  });
}

std::int64_t OutboxStore::pruneFinished(Millis delivered, Millis dead) {
  return withDatabaseErrors([&] {
    std::int64_t total = 0;
    const std::array<std::pair<const char*, Millis>, 2> kinds{
        {{"delivered", delivered}, {"dead", dead}}};
    for (const auto& [status, retention] : kinds) {
      if (retention.count() == 0) continue;
      for (;;) {
        pqxx::work tx(connection_.get());
        const auto r =
            tx.exec_params(kPruneFinished, status, static_cast<std::int64_t>(retention.count()));
        tx.commit();
        total += static_cast<std::int64_t>(r.affected_rows());
        if (r.affected_rows() < 1000) break;
      }
    }
    return total;
  });
}

}  // namespace cgs
