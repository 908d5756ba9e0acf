#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim_arrival.h"
#include "sim_dataset.h"
#include "sim_faults.h"
#include "sim_inventory.h"
#include "sim_verifier.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace cgs::sim {

struct SimOptions {
  std::string host = "127.0.0.1";
  int port = 0;  // 0: a free port
  std::vector<SimCredential> credentials;
  double qps = 0;  // per AccessKeyId; 0: unlimited
  // QueryChatappPhoneNumbers' own limit per AccessKeyId (the contract's 10/s), beside `qps`.
  double phone_numbers_qps = 10;
  int latency_ms = 0;
  int jitter_ms = 0;
  int max_page_size = 100;
  int threads = 64;
  std::uint64_t seed = 1;  // latency jitter
};

// One line of the request log, readable through GET /__admin/log.
struct LogEntry {
  long seq = 0;
  std::string action;
  std::int64_t ts_ms = 0;  // unix time, milliseconds
  std::string method;
  std::string query;  // raw, as received
  std::string access_key_id;
  bool signature_ok = false;
  int status = 0;
  std::string code;
  std::string request_id;
  std::string cust_space_id;
  std::string business_number;
  std::string group_id;  // members
  int page_index = 0;
  int page_size = 0;
  std::string fault;
};

struct ApiCall;

// A local CAMS ListChatGroup endpoint (real HTTP, keep-alive, multi-threaded) with the admin API
// under /__admin/. start() binds and serves on a background thread; stop() (or the destructor)
// ends every wait and joins it.
class SimServer {
 public:
  explicit SimServer(SimOptions options);
  ~SimServer();
  SimServer(const SimServer&) = delete;
  SimServer& operator=(const SimServer&) = delete;

  // Binds (port 0 picks a free one) and starts serving; returns the port. Throws on failure.
  int start();
  void stop();

  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] std::string endpoint() const;
  SimDataset& dataset() { return dataset_; }
  SimInventory& inventory() { return inventory_; }
  // Replaces the groups and the inventory with a data file's content (sim_dataset.h,
  // sim_inventory.h); the snapshot is the same shape.
  void loadData(const nlohmann::json& data);
  [[nodiscard]] nlohmann::json dataSnapshot() const;
  FaultPlan& faults() { return faults_; }
  void setLatency(int fixed_ms, int jitter_ms);
  void setQps(double qps);
  // Denies (or allows again) one AccessKeyId one action (empty: every action) on one CustSpaceId:
  // Forbidden.RAM (HTTP 403) naming the action.
  void setForbidden(const std::string& access_key_id, const std::string& cust_space_id,
                    const std::string& action, bool forbidden);
  [[nodiscard]] std::vector<LogEntry> log(long since = 0) const;
  void clearLog();
  // Requests per AccessKeyId in the busiest one-second window (signature-verified requests).
  [[nodiscard]] std::map<std::string, int> maxPerSecond() const;

 private:
  // How an action pages: a Page JSON object (ListChatGroup and its participants), plain
  // PageIndex/PageSize (ListInstance), or not at all (QueryChatappPhoneNumbers).
  enum class Paging { kPageObject, kIndexAndSize, kNone };
  // One API action the simulator serves: its required query parameters, its paging, its own QPS
  // limit per AccessKeyId beside the global one (0: none), and its handler.
  struct Action {
    const char* name;
    std::vector<const char*> required;
    Paging paging;
    double SimOptions::*own_qps;  // nullptr: none
    void (SimServer::*serve)(ApiCall& call);
  };
  static const std::vector<Action>& actions();

  void routes();
  // The admin API (sim_admin.cpp).
  void adminRoutes();
  void adminDataRoutes();
  void adminControlRoutes();
  void adminLogRoutes();
  // The gateway's steps for every API call, in order; each answers the call and returns false
  // (or nullptr) when the call stops there.
  void handleApi(const httplib::Request& req, httplib::Response& res);
  const Action* routeAction(ApiCall& call);
  bool authenticate(ApiCall& call);
  bool throttle(ApiCall& call, const Action& action);
  bool readParams(ApiCall& call, const Action& action);
  bool readPage(ApiCall& call, const Action& action);
  bool authorize(ApiCall& call);
  bool delay(ApiCall& call);
  // ListChatGroup itself: the account's page, faults applied, rendered.
  void serveListChatGroup(ApiCall& call);
  // ListChatGroupParticipants: one page of a group's members, faults applied, rendered.
  void serveListChatGroupParticipants(ApiCall& call);
  // The inventory (sim_inventory_api.cpp): ListInstance and QueryChatappPhoneNumbers.
  void serveListInstance(ApiCall& call);
  void serveQueryPhoneNumbers(ApiCall& call);
  void renderPage(ApiCall& call, const SimPage& page);
  // Answers the call when the fault replaces the response; false when the (possibly altered)
  // page is still to be served.
  bool applyFault(ApiCall& call, const FaultRule& fault, SimPage& page);
  void mutateAfterPage(const AccountKey& account, const FaultRule& fault);

  bool sleepMs(int ms);  // false when stopping
  void record(LogEntry e);

  SimOptions options_;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = 0;
  std::unique_ptr<ArrivalClock> arrivals_;  // once the port is known
  SimDataset dataset_;
  SimInventory inventory_;
  FaultPlan faults_;
  SignatureVerifier verifier_;

  std::mutex stop_mutex_;
  std::condition_variable stop_cv_;
  bool stopping_ = false;

  mutable std::mutex state_mutex_;
  int latency_ms_ = 0;
  int jitter_ms_ = 0;
  double qps_ = 0;
  std::mt19937_64 rng_;
  // Accepted requests' arrivals per AccessKeyId (the global limit) and per (AccessKeyId, action)
  // for an action with a limit of its own.
  std::map<std::string, std::deque<std::chrono::steady_clock::time_point>> accepted_;
  std::map<std::pair<std::string, std::string>, std::deque<std::chrono::steady_clock::time_point>>
      accepted_by_action_;
  std::set<std::tuple<std::string, std::string, std::string>> forbidden_;  // key, space, action
  std::deque<LogEntry> log_;
  long seq_ = 0;
};

}  // namespace cgs::sim
