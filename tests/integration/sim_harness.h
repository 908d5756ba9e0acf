#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cams/api_client.h"
#include "cams/curl_transport.h"
#include "cams/list_chat_group.h"
#include "cams/pager.h"
#include "logging/logging_setup.h"
#include "sim_server.h"

namespace cgs::testing {

inline constexpr const char* kSimKey = "LTAI5tIntegrationKey";
inline constexpr const char* kSimSecret = "integration-secret-value";

// An in-process cams-sim on 127.0.0.1, a free port, real HTTP.
inline std::unique_ptr<sim::SimServer> startSim(const nlohmann::json& dataset, double qps = 0,
                                                std::vector<sim::SimCredential> extra = {}) {
  sim::SimOptions o;
  o.credentials = {{kSimKey, kSimSecret, ""}};
  for (auto& c : extra) o.credentials.push_back(std::move(c));
  o.qps = qps;
  auto s = std::make_unique<sim::SimServer>(o);
  s->loadData(dataset);
  s->start();
  return s;
}

// A PageSource backed by a real ApiClient over its own CurlTransport (one per pager worker).
class ClientSource final : public PageSource {
 public:
  ClientSource(const std::string& endpoint, RateLimiter& limiter, Clock& clock, Random& random,
               const StopSignal& stop, ListChatGroupParams params, ResolvedCredentials creds,
               std::vector<AttemptRecord>* attempts, std::mutex* attempts_mutex,
               Millis timeout = Millis{5000}, int max_attempts = 5)
      : transport_(CurlTransportOptions{"http", Millis{2000}, timeout, 64u << 20, &stop.flag()}),
        client_(transport_, limiter, std::move(creds), clock, random, stop,
                ApiClientOptions{endpoint, max_attempts, Millis{60'000},
                                 BackoffPolicy{Millis{20}, Millis{50}, Millis{200}}},
                makeBootstrapLog("warn", "text", std::make_shared<Redactor>())),
        params_(std::move(params)),
        attempts_(attempts),
        attempts_mutex_(attempts_mutex) {}

  std::variant<ListChatGroupPage, ApiError> fetch(int index) override {
    ListChatGroupParams p = params_;
    p.page_index = index;
    return client_.listChatGroupPage(p, [this](const AttemptRecord& r) {
      if (attempts_ == nullptr) return;
      std::lock_guard lock(*attempts_mutex_);
      attempts_->push_back(r);
    });
  }

 private:
  CurlTransport transport_;
  ApiClient client_;
  ListChatGroupParams params_;
  std::vector<AttemptRecord>* attempts_;
  std::mutex* attempts_mutex_;
};

}  // namespace cgs::testing
