#pragma once

#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim_dataset.h"

namespace cgs::sim {

enum class FaultKind {
  kUnavailable,      // HTTP 503 ServiceUnavailable
  kThrottle,         // HTTP 400 Throttling.User
  kInternal,         // HTTP 500 InternalError
  kBusiness,         // HTTP 200, Success:false, Code `code` (default 999999)
  kTimeout,          // answer only after delay_ms (longer than the client waits)
  kReset,            // headers, then the connection is dropped mid-body
  kMalformed,        // a truncated JSON body
  kWrongType,        // Data.Total as a string
  kMissingGroupId,   // the page's first item has no GroupId (no ParticipantNumber for members)
  kEmptyList,        // an empty List with the real Total
  kMutateAfterPage,  // served normally, then `mutation` is applied to the account's data
  kRaw,              // HTTP `status` with the bytes of `body_hex` as the body, verbatim
};

// One rule. It applies to a request of its action (signature good) when its filters match
// (account, group, page) and its trigger fires: on the N-th request since the plan was set, with
// probability p (seeded), or always when it has neither; at most `times` times.
struct FaultRule {
  FaultKind kind = FaultKind::kUnavailable;
  std::string action = "ListChatGroup";  // or ListChatGroupParticipants; "*": every action
  std::string group_id;                  // members only; empty: any
  std::optional<long> on_request;
  std::optional<double> probability;
  std::string cust_space_id;  // empty: any
  std::string business_number;
  std::optional<int> page;
  std::optional<long> times;
  long fired = 0;
  int delay_ms = 30'000;
  std::string code = "999999";
  nlohmann::json mutation;  // ops for kMutateAfterPage (default: delete the first group)
  int status = 200;         // kRaw
  std::string body;         // kRaw: decoded from body_hex, so any byte (NUL, invalid UTF-8) fits
};

// The active rules. Thread-safe.
class FaultPlan {
 public:
  // {"seed": 7, "rules": [{"kind":"unavailable","probability":0.2}, ...]}. Throws
  // std::invalid_argument naming the bad field.
  void set(const nlohmann::json& plan);
  void clear();
  [[nodiscard]] nlohmann::json describe() const;

  // Counts the request and returns the first rule that fires for it, if any.
  [[nodiscard]] std::optional<FaultRule> next(const std::string& action, const AccountKey& account,
                                              const std::string& group_id, int page);

 private:
  mutable std::mutex mutex_;
  std::vector<FaultRule> rules_;
  std::mt19937_64 rng_{1};
  long requests_ = 0;
  nlohmann::json source_ = nlohmann::json::object();
};

[[nodiscard]] std::optional<FaultKind> parseFaultKind(const std::string& name);
// The kind's name in fault plans and the request log ("unavailable", "raw", ...).
[[nodiscard]] std::string faultKindName(FaultKind kind);

}  // namespace cgs::sim
