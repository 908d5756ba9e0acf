#pragma once

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "config/config.h"
#include "runtime/clock.h"
#include "store/run_store.h"
#include "sync/account_roster.h"
#include "sync/discovery_run.h"
#include "sync/run_observer.h"
#include "sync/run_report.h"
#include "webhook/dispatcher.h"

namespace httplib {
class Server;
}

namespace cgs {

// Per-account counters and gauges in the Prometheus text format: runs by status, last success
// time, last run duration, groups present, changes by type, API requests, API errors by code and
// request latency; per webhook: deliveries by outcome and HTTP status, delivery latency, pending
// events, the oldest pending event's age, dead deliveries. Thread-safe.
class Metrics final : public RunObserver, public DeliveryObserver {
 public:
  static constexpr std::array<double, 9> kLatencyBuckets{0.025, 0.05, 0.1, 0.25, 0.5,
                                                         1,     2.5,  5,   10};

  explicit Metrics(Clock& clock) : clock_(clock) {}
  void onAttempt(const std::string& account, const AttemptRecord& attempt) override;
  void onRunFinished(const RunReport& report) override;
  void onDeliveryAttempt(const std::string& webhook, DeliveryOutcome outcome, int http_status,
                         Millis latency) override;
  void onBacklog(const std::vector<WebhookBacklog>& backlog) override;
  // The enabled accounts and their intervals (cams_groupsync_account_interval_seconds): the
  // stale-account alert compares the last success with them. Called at start and on reload.
  void setAccounts(const Config& config);
  // Discovery: a pass's end (runs by status, last success), and the inventory and roster it
  // left (cams_groupsync_phone_number_info per listed number, the discovered and retired
  // accounts). Called by the replica that discovers, and by every replica as it reads the
  // inventory.
  void onDiscoveryFinished(const DiscoveryReport& report);
  void setInventory(const std::vector<KnownNumber>& numbers, const AccountRoster& roster);
  // Last successes recorded in the database before this process started, so a restart does not
  // read as "no success yet".
  void seedLastSuccess(const std::vector<RunSummary>& runs);
  [[nodiscard]] std::string render() const;

 private:
  void renderRuns(std::string& out) const;  // with mutex_ held
  void renderApi(std::string& out) const;
  void renderWebhooks(std::string& out) const;
  void renderDiscovery(std::string& out) const;
  struct Discovery {
    bool configured = false;
    std::map<std::string, long> runs_by_status;
    double last_success_unix = 0;
    std::vector<KnownNumber> numbers;  // listed ones
    std::size_t discovered = 0;
    std::size_t retired = 0;
  };
  Discovery discovery_;
  struct Webhook {
    std::map<std::pair<std::string, std::string>, long> deliveries;  // (outcome, status)
    long attempts = 0;
    std::array<long, 9> latency_buckets{};
    double latency_sum = 0;
    WebhookBacklog backlog;
  };
  std::map<std::string, Webhook> webhooks_;
  std::map<std::string, double> intervals_;  // enabled accounts: seconds
  struct Account {
    std::map<std::string, long> runs_by_status;
    double last_success_unix = 0;
    double last_duration_seconds = 0;
    long groups_present = -1;
    std::map<std::string, long> changes;
    long requests = 0;
    std::map<std::string, long> requests_by_action;
    std::map<std::pair<std::string, std::string>, long> errors_by_code;  // (action, code)
    std::array<long, kLatencyBuckets.size()> latency_buckets{};
    double latency_sum = 0;
  };
  [[nodiscard]] bool hasRunGauges(const std::string& account, const Account& m) const;
  Clock& clock_;
  mutable std::mutex mutex_;
  std::map<std::string, Account> accounts_;
};

// Serves GET /metrics (Prometheus text) and GET /healthz on `listen` ("127.0.0.1:9464").
class MetricsServer {
 public:
  MetricsServer(const Metrics& metrics, const std::string& listen);  // throws if it cannot bind
  ~MetricsServer();
  MetricsServer(const MetricsServer&) = delete;
  MetricsServer& operator=(const MetricsServer&) = delete;
  [[nodiscard]] int port() const { return port_; }
  // HOST:PORT it listens on (the port it picked when asked for port 0).
  [[nodiscard]] std::string endpoint() const { return host_ + ":" + std::to_string(port_); }

 private:
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  std::string host_;
  int port_ = 0;
};

}  // namespace cgs
