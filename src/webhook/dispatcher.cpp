#include "webhook/dispatcher.h"

#include <algorithm>
#include <chrono>

#include <fmt/format.h>

#include "store/database_error.h"
#include "sync/credentials.h"
#include "webhook/webhook_signature.h"

namespace cgs {
namespace {

std::string shortened(const std::string& s) {
  constexpr std::size_t kMax = 200;
  std::string out = s.size() > kMax ? s.substr(0, kMax) + "..." : s;
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

std::optional<Millis> earliest(std::optional<Millis> a, std::optional<Millis> b) {
  if (!a) return b;
  if (!b) return a;
  return std::min(*a, *b);
}

// The POST of one delivery, signed at `now`: the same body on every attempt, a fresh timestamp.
WebhookRequest signedRequest(const WebhookConfig& webhook, const Secret& secret,
                             const DueDelivery& due, WallTime now) {
  const std::string timestamp = std::to_string(
      std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
  return WebhookRequest{
      webhook.url,
      {{"Content-Type", "application/json"},
       {"X-CAMS-Groupsync-Delivery", due.delivery_id},
       {"X-CAMS-Groupsync-Timestamp", timestamp},
       {"X-CAMS-Groupsync-Signature", webhookSignature(secret.reveal(), timestamp, due.body)}},
      due.body,
      webhook.timeout,
      now};
}

}  // namespace

WebhookDispatcher::WebhookDispatcher(std::string conninfo, std::string schema,
                                     DeliveryObserver* observer)
    : connection_(std::move(conninfo), std::move(schema)),
      store_(connection_),
      observer_(observer) {}

std::optional<Millis> WebhookDispatcher::dispatchDue(const SyncEnvironment& env) {
  const Config& config = *env.config;
  std::optional<Millis> next;
  try {
    for (const auto& webhook : config.webhooks) {
      if (env.stop->stopped()) break;
      if (!store_.claim(webhook.name)) continue;  // another replica sends this webhook's
      try {
        next = earliest(next, dispatchWebhook(env, webhook));
      } catch (...) {
        try {
          store_.release(webhook.name);
        } catch (...) {
          connection_.reset();  // a lost session releases its locks
        }
        throw;
      }
      store_.release(webhook.name);
    }
    reportBacklog(env);
  } catch (const DatabaseError& e) {
    env.log.warn("webhook deliveries paused: {} ({})", e.what(), e.code());
    connection_.reset();
    return Millis{5000};
  }
  return next;
}

std::optional<Millis> WebhookDispatcher::dispatchWebhook(const SyncEnvironment& env,
                                                         const WebhookConfig& webhook) {
  const Log log = env.log.with("webhook", webhook.name);
  std::optional<Secret> secret;  // read when a delivery is due, not on every idle pass
  while (!env.stop->stopped()) {
    std::optional<Millis> next_due;
    const auto due = store_.nextDue(webhook.name, webhook.max_batch, next_due);
    if (!due) return next_due;
    if (!secret) {
      try {
        secret = resolveSecret(fmt::format("webhook \"{}\"", webhook.name), "secret",
                               webhook.secret, env.env);
        env.redactor->add(*secret);
      } catch (const CredentialError& e) {
        // The delivery stays pending and due: the next pass tries again.
        log.error("{}; its deliveries wait until the secret can be read", e.what());
        return std::nullopt;
      }
    }
    const SteadyTime started = env.clock->now();
    const DeliveryAttempt attempt =
        client_.post(signedRequest(webhook, *secret, *due, env.clock->wallNow()));
    const Millis latency = std::chrono::duration_cast<Millis>(env.clock->now() - started);
    const int n = due->attempts + 1;
    const DeliveryDecision decision =
        decideDelivery(attempt, n, due->age, webhook.max_age, env.random->uniform());
    if (observer_ != nullptr) {
      observer_->onDeliveryAttempt(webhook.name, decision.outcome, attempt.http_status, latency);
    }
    const std::vector<std::pair<std::string, std::string>> fields{
        {"delivery_id", due->delivery_id},
        {"attempt", std::to_string(n)},
        {"events", std::to_string(due->events)},
        {"http_status", attempt.http_status == 0 ? "-" : std::to_string(attempt.http_status)},
        {"latency_ms", std::to_string(latency.count())}};
    switch (decision.outcome) {
      case DeliveryOutcome::kDelivered:
        store_.markDelivered(due->delivery_id, attempt.http_status);
        log.event(spdlog::level::debug, "webhook delivery delivered", fields);
        continue;
      case DeliveryOutcome::kRetry: {
        store_.markRetry(due->delivery_id, attempt.http_status, attempt.error, decision.wait);
        auto f = fields;
        f.emplace_back("retry_in_ms", std::to_string(decision.wait.count()));
        f.emplace_back("error", shortened(attempt.error));
        log.event(spdlog::level::warn, "webhook delivery failed, retrying", f);
        return decision.wait;
      }
      case DeliveryOutcome::kDead: {
        const std::string error = attempt.http_status == 0 || attempt.error.empty()
                                      ? decision.reason
                                      : decision.reason + ": " + attempt.error;
        store_.markDead(due->delivery_id, attempt.http_status, error);
        auto f = fields;
        f.emplace_back("error", shortened(error));
        log.event(spdlog::level::err, "webhook delivery is dead (--redeliver requeues it)", f);
        continue;  // a dead delivery does not hold back the next
      }
    }
  }
  return std::nullopt;
}

void WebhookDispatcher::reportBacklog(const SyncEnvironment& env) {
  std::vector<std::string> names;
  for (const auto& w : env.config->webhooks) names.push_back(w.name);
  const auto backlog = store_.backlog(names);
  if (observer_ != nullptr) observer_->onBacklog(backlog);
  const SteadyTime now = env.clock->now();
  for (const auto& b : backlog) {
    const auto* webhook = [&]() -> const WebhookConfig* {
      for (const auto& w : env.config->webhooks) {
        if (w.name == b.webhook) return &w;
      }
      return nullptr;
    }();
    if (webhook == nullptr || b.pending_events == 0) continue;
    const double half = std::chrono::duration<double>(webhook->max_age).count() / 2;
    if (b.oldest_pending_seconds < half) continue;
    auto it = warned_.find(b.webhook);
    if (it != warned_.end() && now - it->second < std::chrono::hours(1)) continue;
    warned_[b.webhook] = now;
    env.log.warn(
        "webhook {}: {} event(s) pending, the oldest for {} (more than half of max_age {}); "
        "deliveries past max_age are dead",
        b.webhook, b.pending_events,
        formatDuration(Millis{static_cast<Millis::rep>(b.oldest_pending_seconds * 1000)}),
        formatDuration(webhook->max_age));
  }
}

}  // namespace cgs
