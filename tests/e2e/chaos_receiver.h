#pragma once

// A webhook receiver the chaos soak can break: down (its port closed), slow (it takes the events,
// then answers after the sender has given up, so the delivery comes again), refusing (401, as a
// receiver whose secret was rotated first answers: the sender marks the delivery dead) or well.
// It checks every signature and keeps every event it took, repeats included.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/crypto.h"

namespace cgs::testing {

class ChaosReceiver {
 public:
  enum class Mode { kWell, kSlow, kRefusing };

  explicit ChaosReceiver(std::string secret) : secret_(std::move(secret)) { up(); }
  ~ChaosReceiver() { down(); }
  ChaosReceiver(const ChaosReceiver&) = delete;
  ChaosReceiver& operator=(const ChaosReceiver&) = delete;

  // Listens (on the port it had before, or a free one the first time).
  void up() {
    if (server_) return;
    server_ = std::make_unique<httplib::Server>();
    server_->new_task_queue = [] { return new httplib::ThreadPool(8); };
    server_->Post("/hook",
                  [this](const httplib::Request& req, httplib::Response& res) { take(req, res); });
    if (port_ == 0) {
      port_ = server_->bind_to_any_port("127.0.0.1");
    } else if (!server_->bind_to_port("127.0.0.1", port_)) {
      throw std::runtime_error("receiver: cannot listen again on " + std::to_string(port_));
    }
    thread_ = std::thread([this] { server_->listen_after_bind(); });
    while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  // Closes the port (a delivery in flight is answered first).
  void down() {
    if (!server_) return;
    server_->stop();
    thread_.join();
    server_.reset();
  }
  void setMode(Mode mode) { mode_ = mode; }
  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] std::string url() const {
    return "http://127.0.0.1:" + std::to_string(port_) + "/hook";
  }

  // Every event taken, in arrival order, repeats included.
  [[nodiscard]] std::vector<nlohmann::json> events() const {
    std::lock_guard lock(mutex_);
    return events_;
  }
  // The change ids of the events it refused (their deliveries went dead).
  [[nodiscard]] std::set<std::int64_t> refused() const {
    std::lock_guard lock(mutex_);
    return refused_;
  }
  [[nodiscard]] int badSignatures() const { return bad_signatures_; }
  [[nodiscard]] int inFlight() const { return in_flight_; }

 private:
  void take(const httplib::Request& req, httplib::Response& res) {
    ++in_flight_;
    const std::string stamp = req.get_header_value("X-CAMS-Groupsync-Timestamp");
    const bool signed_well = req.get_header_value("X-CAMS-Groupsync-Signature") ==
                             "v1=" + hmacSha256Hex(secret_, stamp + "." + req.body);
    const nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    const Mode mode = mode_;
    if (!signed_well || body.is_discarded()) {
      ++bad_signatures_;
      res.status = 400;
    } else if (mode == Mode::kRefusing) {
      std::lock_guard lock(mutex_);
      for (const auto& e : body["events"]) refused_.insert(e["change_id"].get<std::int64_t>());
      res.status = 401;
    } else {
      {
        std::lock_guard lock(mutex_);
        for (const auto& e : body["events"]) events_.push_back(e);
      }
      if (mode == Mode::kSlow) std::this_thread::sleep_for(kSlowAnswer);
      res.status = 204;
    }
    --in_flight_;
  }

  // Longer than the soak's webhook timeout (1 s): the sender retries the delivery.
  static constexpr std::chrono::milliseconds kSlowAnswer{1500};

  const std::string secret_;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<Mode> mode_{Mode::kWell};
  mutable std::mutex mutex_;
  std::vector<nlohmann::json> events_;
  std::set<std::int64_t> refused_;
  std::atomic<int> bad_signatures_{0};
  std::atomic<int> in_flight_{0};
};

}  // namespace cgs::testing
