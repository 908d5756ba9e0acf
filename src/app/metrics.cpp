#include "app/metrics.h"

#include <httplib.h>

#include <stdexcept>

#include <fmt/format.h>

#include "cams/api_error.h"

namespace cgs {
namespace {

// Prometheus label values: backslash, quote and newline escaped.
std::string label(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

// The endpoint takes no request body and answers in microseconds, so whatever holds a connection
// longer is not a scraper: no body is read (a 300 MB POST cost 500 MB of RSS when one was), a
// connection that sends nothing for a second is dropped, and a few slow clients leave threads
// free for the scrape and the health check.
constexpr int kServerThreads = 8;
constexpr std::size_t kMaxPayload = 1024;
constexpr auto kIoTimeout = std::chrono::seconds(1);

void harden(httplib::Server& server) {
  server.new_task_queue = [] { return new httplib::ThreadPool(kServerThreads); };
  server.set_payload_max_length(kMaxPayload);
  server.set_read_timeout(kIoTimeout);
  server.set_write_timeout(kIoTimeout);
  server.set_keep_alive_timeout(
      std::chrono::duration_cast<std::chrono::seconds>(kIoTimeout).count());
  server.set_keep_alive_max_count(16);
  // Before routing, so httplib never reads a body into memory (it reads one for any request that
  // announces it, routed or not).
  server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    const bool has_body =
        req.has_header("Transfer-Encoding") ||
        (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0");
    if (req.method != "GET" && req.method != "HEAD") {
      res.status = 405;
      res.set_header("Allow", "GET, HEAD");
    } else if (has_body) {
      res.status = 413;
    } else {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    res.set_header("Connection", "close");
    return httplib::Server::HandlerResponse::Handled;
  });
}

}  // namespace

void Metrics::onAttempt(const std::string& account, const AttemptRecord& a) {
  std::lock_guard lock(mutex_);
  Account& m = accounts_[label(account)];
  ++m.requests;
  ++m.requests_by_action[std::string(a.action)];
  if (!a.ok()) ++m.errors_by_code[{std::string(a.action), std::string(codeLabel(a.code))}];
  const double seconds = std::chrono::duration<double>(a.latency).count();
  m.latency_sum += seconds;
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
    if (seconds <= kLatencyBuckets[i]) ++m.latency_buckets[i];
  }
}

void Metrics::onRunFinished(const RunReport& r) {
  std::lock_guard lock(mutex_);
  Account& m = accounts_[label(r.account)];
  ++m.runs_by_status[std::string(runStatusName(r.status))];
  if (r.groups_present >= 0) m.groups_present = r.groups_present;
  if (r.status == RunStatus::kSkipped) {
    // Another replica synced it: its latest success stands for the account's.
    if (r.last_success_duration) {
      m.last_duration_seconds = std::chrono::duration<double>(*r.last_success_duration).count();
    }
    return;
  }
  m.last_duration_seconds = std::chrono::duration<double>(r.duration).count();
  if (r.ok()) {
    m.last_success_unix =
        std::chrono::duration<double>(clock_.wallNow().time_since_epoch()).count();
  }
  // Each resource that ran adds its change types (the registry's) to the account's counters; the
  // group listing's exist from the account's first run on, whatever its end.
  for (const ChangeTypeInfo& type : kChangeTypes) {
    if (type.resource == resourceName(ResourceKind::kGroups)) m.changes[std::string(type.name)];
  }
  for (const ResourceReport& resource : r.resources) {
    if (!resource.ran) continue;
    for (const ChangeTypeInfo& type : kChangeTypes) {
      if (type.resource != resourceName(resource.kind)) continue;
      m.changes[std::string(type.name)] += resource.changes[type.type];
    }
  }
}

void Metrics::setAccounts(const Config& config) {
  std::lock_guard lock(mutex_);
  intervals_.clear();
  for (const auto& a : config.accounts) {
    if (a.enabled) {
      intervals_[label(a.name)] = std::chrono::duration<double>(config.intervalOf(a)).count();
    }
  }
  discovery_.configured = config.discovery.has_value();
}

void Metrics::onDiscoveryFinished(const DiscoveryReport& r) {
  if (r.status == RunStatus::kSkipped) return;
  std::lock_guard lock(mutex_);
  ++discovery_.runs_by_status[std::string(runStatusName(r.status))];
  // Its changes count as any resource's, under the pass's name (cams_groupsync_changes_total).
  Account& m = accounts_[label(std::string(kDiscoveryName))];
  for (const ChangeTypeInfo& type : kChangeTypes) {
    if (type.resource == resourceName(r.numbers.kind)) {
      m.changes[std::string(type.name)] += r.numbers.changes[type.type];
    }
  }
  if (r.applied()) {
    discovery_.last_success_unix =
        std::chrono::duration<double>(clock_.wallNow().time_since_epoch()).count();
  }
}

void Metrics::setInventory(const std::vector<KnownNumber>& numbers, const AccountRoster& roster) {
  std::lock_guard lock(mutex_);
  discovery_.numbers.clear();
  for (const auto& n : numbers) {
    if (n.listed) discovery_.numbers.push_back(n);
  }
  discovery_.discovered = roster.discovered;
  discovery_.retired = roster.retired.size();
}

void Metrics::seedLastSuccess(const std::vector<RunSummary>& runs) {
  std::lock_guard lock(mutex_);
  const double now = std::chrono::duration<double>(clock_.wallNow().time_since_epoch()).count();
  for (const auto& r : runs) {
    if (!r.last_success_age_seconds) continue;
    double& last = accounts_[label(r.account_name)].last_success_unix;
    last = std::max(last, now - *r.last_success_age_seconds);
  }
}

void Metrics::onDeliveryAttempt(const std::string& webhook, DeliveryOutcome outcome,
                                int http_status, Millis latency) {
  std::lock_guard lock(mutex_);
  Webhook& w = webhooks_[webhook];
  const char* name = outcome == DeliveryOutcome::kDelivered ? "delivered"
                     : outcome == DeliveryOutcome::kRetry   ? "retry"
                                                            : "dead";
  ++w.deliveries[{name, http_status == 0 ? "none" : std::to_string(http_status)}];
  ++w.attempts;
  const double seconds = std::chrono::duration<double>(latency).count();
  w.latency_sum += seconds;
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
    if (seconds <= kLatencyBuckets[i]) ++w.latency_buckets[i];
  }
}

void Metrics::onBacklog(const std::vector<WebhookBacklog>& backlog) {
  std::lock_guard lock(mutex_);
  for (auto& [name, w] : webhooks_) w.backlog = WebhookBacklog{name, 0, 0, 0};
  for (const auto& b : backlog) webhooks_[b.webhook].backlog = b;
}

namespace {

void help(std::string& o, const char* name, const char* type, const char* text) {
  o += fmt::format("# HELP {} {}\n# TYPE {} {}\n", name, text, name, type);
}

}  // namespace

std::string Metrics::render() const {
  std::lock_guard lock(mutex_);
  std::string o;
  renderRuns(o);
  renderApi(o);
  renderWebhooks(o);
  renderDiscovery(o);
  return o;
}

// Discovery: passes, the numbers' health, discovered and retired accounts.
void Metrics::renderDiscovery(std::string& o) const {
  if (!discovery_.configured) return;
  help(o, "cams_groupsync_discovery_runs_total", "counter",
       "Discovery passes of this replica by final status.");
  for (const auto& [s, n] : discovery_.runs_by_status) {
    o += fmt::format("cams_groupsync_discovery_runs_total{{status=\"{}\"}} {}\n", s, n);
  }
  help(o, "cams_groupsync_discovery_last_success_timestamp_seconds", "gauge",
       "Unix time of this replica's last discovery pass that applied a listing (0: none).");
  o += fmt::format("cams_groupsync_discovery_last_success_timestamp_seconds {:.3f}\n",
                   discovery_.last_success_unix);
  help(o, "cams_groupsync_phone_number_info", "gauge",
       "Each listed WhatsApp business number (value 1) with its status, quality rating and "
       "messaging limit tier as labels.");
  for (const auto& n : discovery_.numbers) {
    o += fmt::format(
        "cams_groupsync_phone_number_info{{cust_space_id=\"{}\",phone_number=\"{}\","
        "status=\"{}\",quality_rating=\"{}\",messaging_limit_tier=\"{}\"}} 1\n",
        label(n.cust_space_id), label(n.phone_number), label(n.status), label(n.quality_rating),
        label(n.messaging_limit_tier));
  }
  help(o, "cams_groupsync_discovered_accounts", "gauge",
       "Accounts discovery made (numbers listed with a status of discovery.number_status).");
  o += fmt::format("cams_groupsync_discovered_accounts {}\n", discovery_.discovered);
  help(o, "cams_groupsync_retired_accounts", "gauge",
       "Discovered accounts not synced now: their number left the listing or those statuses.");
  o += fmt::format("cams_groupsync_retired_accounts {}\n", discovery_.retired);
}

// An account's run gauges (last success, last duration) exist once it is scheduled or has run (or
// had a success recorded); what only spent requests (a discovery pass, under its own name) has
// none.
bool Metrics::hasRunGauges(const std::string& account, const Account& m) const {
  return intervals_.count(account) > 0 || !m.runs_by_status.empty() || m.last_success_unix > 0;
}

// Per account: runs, last success, last duration, groups present, changes.
void Metrics::renderRuns(std::string& o) const {
  help(o, "cams_groupsync_runs_total", "counter", "Account runs by final status.");
  for (const auto& [a, m] : accounts_) {
    for (const auto& [s, n] : m.runs_by_status) {
      o += fmt::format("cams_groupsync_runs_total{{account=\"{}\",status=\"{}\"}} {}\n", a, s, n);
    }
  }
  help(o, "cams_groupsync_last_success_timestamp_seconds", "gauge",
       "Unix time of the account's last successful run (0: none recorded).");
  for (const auto& [a, interval] : intervals_) {  // every enabled account, run yet or not
    if (!accounts_.count(a)) {
      o += fmt::format("cams_groupsync_last_success_timestamp_seconds{{account=\"{}\"}} 0\n", a);
    }
  }
  for (const auto& [a, m] : accounts_) {
    if (!hasRunGauges(a, m)) continue;
    o += fmt::format("cams_groupsync_last_success_timestamp_seconds{{account=\"{}\"}} {:.3f}\n", a,
                     m.last_success_unix);
  }
  help(o, "cams_groupsync_account_interval_seconds", "gauge",
       "The enabled account's sync interval (schedule.interval or its own).");
  for (const auto& [a, seconds] : intervals_) {
    o += fmt::format("cams_groupsync_account_interval_seconds{{account=\"{}\"}} {:.3f}\n", a,
                     seconds);
  }
  help(o, "cams_groupsync_last_run_duration_seconds", "gauge",
       "Duration of the account's last run.");
  for (const auto& [a, m] : accounts_) {
    if (!hasRunGauges(a, m)) continue;
    o += fmt::format("cams_groupsync_last_run_duration_seconds{{account=\"{}\"}} {:.3f}\n", a,
                     m.last_duration_seconds);
  }
  help(o, "cams_groupsync_groups_present", "gauge", "Groups the account's mirror lists now.");
  for (const auto& [a, m] : accounts_) {
    if (m.groups_present >= 0) {
      o += fmt::format("cams_groupsync_groups_present{{account=\"{}\"}} {}\n", a, m.groups_present);
    }
  }
  help(o, "cams_groupsync_changes_total", "counter", "Mirror changes written, by type.");
  for (const auto& [a, m] : accounts_) {
    for (const auto& [t, n] : m.changes) {
      o += fmt::format("cams_groupsync_changes_total{{account=\"{}\",type=\"{}\"}} {}\n", a, t, n);
    }
  }
}

// Per account: API requests, errors by code, latency histogram.
void Metrics::renderApi(std::string& o) const {
  help(o, "cams_groupsync_api_requests_total", "counter",
       "CAMS API requests sent (attempts), by action.");
  for (const auto& [a, m] : accounts_) {
    for (const auto& [action, n] : m.requests_by_action) {
      o += fmt::format("cams_groupsync_api_requests_total{{account=\"{}\",action=\"{}\"}} {}\n", a,
                       action, n);
    }
  }
  help(o, "cams_groupsync_api_errors_total", "counter",
       "Failed CAMS API attempts, by action and code.");
  for (const auto& [a, m] : accounts_) {
    for (const auto& [key, n] : m.errors_by_code) {
      o += fmt::format(
          "cams_groupsync_api_errors_total{{account=\"{}\",action=\"{}\",code=\"{}\"}} {}\n", a,
          key.first, label(key.second), n);
    }
  }
  help(o, "cams_groupsync_api_request_duration_seconds", "histogram",
       "CAMS API attempt latency (every action).");
  for (const auto& [a, m] : accounts_) {
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
      o += fmt::format(
          "cams_groupsync_api_request_duration_seconds_bucket{{account=\"{}\",le=\"{}\"}} {}\n", a,
          kLatencyBuckets[i], m.latency_buckets[i]);
    }
    o += fmt::format(
        "cams_groupsync_api_request_duration_seconds_bucket{{account=\"{}\",le=\"+Inf\"}} {}\n", a,
        m.requests);
    o += fmt::format("cams_groupsync_api_request_duration_seconds_sum{{account=\"{}\"}} {:.6f}\n",
                     a, m.latency_sum);
    o += fmt::format("cams_groupsync_api_request_duration_seconds_count{{account=\"{}\"}} {}\n", a,
                     m.requests);
  }
}

// Per webhook: delivery attempts by outcome and status, latency, backlog.
void Metrics::renderWebhooks(std::string& o) const {
  if (webhooks_.empty()) return;
  help(o, "cams_groupsync_webhook_deliveries_total", "counter",
       "Webhook delivery attempts by outcome (delivered, retry, dead) and HTTP status.");
  for (const auto& [name, w] : webhooks_) {
    for (const auto& [key, n] : w.deliveries) {
      o += fmt::format(
          "cams_groupsync_webhook_deliveries_total{{webhook=\"{}\",outcome=\"{}\",status=\"{}\"}} "
          "{}\n",
          name, key.first, key.second, n);
    }
  }
  help(o, "cams_groupsync_webhook_delivery_duration_seconds", "histogram",
       "Webhook delivery attempt latency.");
  for (const auto& [name, w] : webhooks_) {
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
      o += fmt::format(
          "cams_groupsync_webhook_delivery_duration_seconds_bucket{{webhook=\"{}\",le=\"{}\"}} "
          "{}\n",
          name, kLatencyBuckets[i], w.latency_buckets[i]);
    }
    o += fmt::format(
        "cams_groupsync_webhook_delivery_duration_seconds_bucket{{webhook=\"{}\",le=\"+Inf\"}} "
        "{}\n",
        name, w.attempts);
    o += fmt::format(
        "cams_groupsync_webhook_delivery_duration_seconds_sum{{webhook=\"{}\"}} {:.6f}\n", name,
        w.latency_sum);
    o +=
        fmt::format("cams_groupsync_webhook_delivery_duration_seconds_count{{webhook=\"{}\"}} {}\n",
                    name, w.attempts);
  }
  help(o, "cams_groupsync_webhook_pending_events", "gauge",
       "Events not yet delivered (unbatched, or in a delivery being retried).");
  for (const auto& [name, w] : webhooks_) {
    o += fmt::format("cams_groupsync_webhook_pending_events{{webhook=\"{}\"}} {}\n", name,
                     w.backlog.pending_events);
  }
  help(o, "cams_groupsync_webhook_oldest_pending_event_age_seconds", "gauge",
       "Age of the oldest event not yet delivered (0: none).");
  for (const auto& [name, w] : webhooks_) {
    o += fmt::format(
        "cams_groupsync_webhook_oldest_pending_event_age_seconds{{webhook=\"{}\"}} {:.3f}\n", name,
        w.backlog.oldest_pending_seconds);
  }
  help(o, "cams_groupsync_webhook_dead_deliveries", "gauge",
       "Dead deliveries kept in webhook_deliveries (--redeliver requeues them).");
  for (const auto& [name, w] : webhooks_) {
    o += fmt::format("cams_groupsync_webhook_dead_deliveries{{webhook=\"{}\"}} {}\n", name,
                     w.backlog.dead_deliveries);
  }
}

MetricsServer::MetricsServer(const Metrics& metrics, const std::string& listen)
    : server_(std::make_unique<httplib::Server>()) {
  const auto colon = listen.rfind(':');
  std::string host = listen.substr(0, colon);
  host_ = host;  // as given (brackets kept for IPv6), for endpoint()
  if (host.size() > 2 && host.front() == '[') host = host.substr(1, host.size() - 2);
  const int port = std::stoi(listen.substr(colon + 1));
  harden(*server_);
  server_->Get("/metrics", [&metrics](const httplib::Request&, httplib::Response& res) {
    res.set_content(metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
  });
  server_->Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("ok\n", "text/plain");
  });
  port_ =
      port == 0 ? server_->bind_to_any_port(host) : (server_->bind_to_port(host, port) ? port : -1);
  if (port_ <= 0) throw std::runtime_error(fmt::format("metrics: cannot listen on {}", listen));
  thread_ = std::thread([this] { server_->listen_after_bind(); });
}

MetricsServer::~MetricsServer() {
  server_->stop();
  if (thread_.joinable()) thread_.join();
}

}  // namespace cgs
