#include "sim_faults.h"

#include <array>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

namespace cgs::sim {

using nlohmann::json;

namespace {
constexpr std::array<std::pair<const char*, FaultKind>, 12> kKinds{{
    {"unavailable", FaultKind::kUnavailable},
    {"throttle", FaultKind::kThrottle},
    {"internal", FaultKind::kInternal},
    {"business", FaultKind::kBusiness},
    {"timeout", FaultKind::kTimeout},
    {"reset", FaultKind::kReset},
    {"malformed", FaultKind::kMalformed},
    {"wrong_type", FaultKind::kWrongType},
    {"missing_group_id", FaultKind::kMissingGroupId},
    {"empty_list", FaultKind::kEmptyList},
    {"mutate_after_page", FaultKind::kMutateAfterPage},
    {"raw", FaultKind::kRaw},
}};

std::string fromHex(const std::string& hex) {
  if (hex.size() % 2 != 0) throw std::invalid_argument("odd number of hex digits");
  std::string out;
  out.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    std::size_t used = 0;
    const int byte = std::stoi(hex.substr(i, 2), &used, 16);
    if (used != 2) throw std::invalid_argument("not a hex digit at " + std::to_string(i));
    out.push_back(static_cast<char>(byte));
  }
  return out;
}
}  // namespace

std::optional<FaultKind> parseFaultKind(const std::string& name) {
  for (const auto& [n, k] : kKinds) {
    if (name == n) return k;
  }
  return std::nullopt;
}

std::string faultKindName(FaultKind kind) {
  for (const auto& [n, k] : kKinds) {
    if (kind == k) return n;
  }
  return "";
}

void FaultPlan::set(const json& plan) {
  if (!plan.is_object() || !plan.contains("rules") || !plan["rules"].is_array()) {
    throw std::invalid_argument("expected {\"rules\":[...], \"seed\": N}");
  }
  std::vector<FaultRule> rules;
  for (std::size_t i = 0; i < plan["rules"].size(); ++i) {
    const json& r = plan["rules"][i];
    const auto where = [&](const char* field) { return fmt::format("rules[{}].{}", i, field); };
    if (!r.is_object())
      throw std::invalid_argument(fmt::format("rules[{}]: expected an object", i));
    FaultRule rule;
    const auto kind = parseFaultKind(r.value("kind", ""));
    if (!kind) throw std::invalid_argument(where("kind") + ": unknown fault kind");
    rule.kind = *kind;
    try {
      if (r.contains("on_request")) rule.on_request = r["on_request"].get<long>();
      if (r.contains("probability")) rule.probability = r["probability"].get<double>();
      if (r.contains("page")) rule.page = r["page"].get<int>();
      if (r.contains("times")) rule.times = r["times"].get<long>();
      rule.action = r.value("action", "ListChatGroup");
      rule.group_id = r.value("group_id", "");
      rule.cust_space_id = r.value("cust_space_id", "");
      rule.business_number = r.value("business_number", "");
      rule.delay_ms = r.value("delay_ms", 30'000);
      rule.code = r.value("code", "999999");
      rule.mutation = r.value("mutation", json());
      rule.status = r.value("status", 200);
      rule.body = fromHex(r.value("body_hex", ""));
    } catch (const json::exception& e) {
      throw std::invalid_argument(fmt::format("rules[{}]: {}", i, e.what()));
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(where("body_hex") + ": " + e.what());
    }
    if (rule.on_request && !rule.times) rule.times = 1;
    rules.push_back(std::move(rule));
  }
  std::lock_guard lock(mutex_);
  rules_ = std::move(rules);
  rng_.seed(plan.value("seed", 1ULL));
  requests_ = 0;
  source_ = plan;
}

void FaultPlan::clear() {
  std::lock_guard lock(mutex_);
  rules_.clear();
  requests_ = 0;
  source_ = json::object();
}

json FaultPlan::describe() const {
  std::lock_guard lock(mutex_);
  json out = source_;
  out["requests_seen"] = requests_;
  json fired = json::array();
  for (const auto& r : rules_) fired.push_back(r.fired);
  out["fired"] = fired;
  return out;
}

std::optional<FaultRule> FaultPlan::next(const std::string& action, const AccountKey& account,
                                         const std::string& group_id, int page) {
  std::lock_guard lock(mutex_);
  const long ordinal = ++requests_;
  for (auto& r : rules_) {
    if (r.times && r.fired >= *r.times) continue;
    if (r.action != "*" && r.action != action) continue;
    if (!r.group_id.empty() && r.group_id != group_id) continue;
    if (!r.cust_space_id.empty() && r.cust_space_id != account.first) continue;
    if (!r.business_number.empty() && r.business_number != account.second) continue;
    if (r.page && *r.page != page && r.kind != FaultKind::kMutateAfterPage) continue;
    bool fires = true;
    if (r.on_request) fires = *r.on_request == ordinal;
    if (r.probability) {
      // Draw for every request so the sequence depends only on the seed and request order.
      fires = fires && std::uniform_real_distribution<double>(0, 1)(rng_) < *r.probability;
    }
    if (r.kind == FaultKind::kMutateAfterPage && r.page.value_or(1) != page) fires = false;
    if (!fires) continue;
    ++r.fired;
    return r;
  }
  return std::nullopt;
}

}  // namespace cgs::sim
