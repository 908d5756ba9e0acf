#include "sim_server.h"

#include <httplib.h>

#include <algorithm>
#include <random>
#include <stdexcept>

#include <fmt/format.h>

namespace cgs::sim {

namespace {

constexpr std::size_t kMaxLogEntries = 500'000;

}  // namespace

SimServer::SimServer(SimOptions options)
    : options_(std::move(options)),
      server_(std::make_unique<httplib::Server>()),
      latency_ms_(options_.latency_ms),
      jitter_ms_(options_.jitter_ms),
      qps_(options_.qps),
      rng_(options_.seed) {
  std::map<std::string, SimCredential> creds;
  for (const auto& c : options_.credentials) creds[c.access_key_id] = c;
  verifier_.setCredentials(std::move(creds));
  routes();
}

SimServer::~SimServer() { stop(); }

std::string SimServer::endpoint() const { return fmt::format("{}:{}", options_.host, port_); }

int SimServer::start() {
  const int threads = options_.threads;
  server_->new_task_queue = [threads] {
    return new httplib::ThreadPool(static_cast<std::size_t>(threads));
  };
  server_->set_keep_alive_max_count(1'000'000);
  server_->set_keep_alive_timeout(30);
  server_->set_tcp_nodelay(true);
  port_ = options_.port == 0
              ? server_->bind_to_any_port(options_.host)
              : (server_->bind_to_port(options_.host, options_.port) ? options_.port : -1);
  if (port_ <= 0) {
    throw std::runtime_error(fmt::format("cannot listen on {}:{}", options_.host, options_.port));
  }
  arrivals_ = std::make_unique<ArrivalClock>(port_);
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  return port_;
}

void SimServer::stop() {
  {
    std::lock_guard lock(stop_mutex_);
    stopping_ = true;
  }
  stop_cv_.notify_all();
  if (server_) server_->stop();
  if (thread_.joinable()) thread_.join();
}

bool SimServer::sleepMs(int ms) {
  if (ms <= 0) return true;
  std::unique_lock lock(stop_mutex_);
  return !stop_cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping_; });
}

void SimServer::setLatency(int fixed_ms, int jitter_ms) {
  std::lock_guard lock(state_mutex_);
  latency_ms_ = fixed_ms;
  jitter_ms_ = jitter_ms;
}

void SimServer::setQps(double qps) {
  std::lock_guard lock(state_mutex_);
  qps_ = qps;
}

void SimServer::setForbidden(const std::string& access_key_id, const std::string& cust_space_id,
                             const std::string& action, bool forbidden) {
  std::lock_guard lock(state_mutex_);
  if (forbidden) {
    forbidden_.emplace(access_key_id, cust_space_id, action);
  } else {
    forbidden_.erase({access_key_id, cust_space_id, action});
  }
}

void SimServer::record(LogEntry e) {
  std::lock_guard lock(state_mutex_);
  e.seq = ++seq_;
  log_.push_back(std::move(e));
  while (log_.size() > kMaxLogEntries) log_.pop_front();
}

std::vector<LogEntry> SimServer::log(long since) const {
  std::lock_guard lock(state_mutex_);
  std::vector<LogEntry> out;
  for (const auto& e : log_) {
    if (e.seq > since) out.push_back(e);
  }
  return out;
}

void SimServer::clearLog() {
  std::lock_guard lock(state_mutex_);
  log_.clear();
}

std::map<std::string, int> SimServer::maxPerSecond() const {
  std::map<std::string, std::vector<std::int64_t>> times;
  for (const auto& e : log()) {
    if (e.signature_ok) times[e.access_key_id].push_back(e.ts_ms);
  }
  std::map<std::string, int> out;
  for (auto& [key, ts] : times) {
    std::sort(ts.begin(), ts.end());
    int best = 0;
    for (std::size_t i = 0, j = 0; i < ts.size(); ++i) {
      while (ts[i] - ts[j] >= 1000) ++j;
      best = std::max(best, static_cast<int>(i - j + 1));
    }
    out[key] = best;
  }
  return out;
}

}  // namespace cgs::sim
