#include "sim_inventory.h"

#include <algorithm>
#include <cctype>
#include <mutex>
#include <set>
#include <stdexcept>

namespace cgs::sim {

using nlohmann::json;

namespace {

std::string lowerCase(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string requiredString(const json& item, const char* key, const char* what) {
  if (!item.is_object() || !item.contains(key) || !item[key].is_string() ||
      item[key].get<std::string>().empty()) {
    throw std::invalid_argument(std::string(what) + " needs a non-empty string " + key);
  }
  return item[key].get<std::string>();
}

// One WHATSAPP instance per space of the accounts, one CONNECTED number per account.
void deriveFromAccounts(const json& accounts, std::vector<json>& instances,
                        std::map<std::string, std::vector<json>>& numbers, bool want_instances,
                        bool want_numbers) {
  std::set<std::string> spaces;
  for (const auto& a : accounts) {
    const std::string cs = a.value("cust_space_id", "");
    const std::string bn = a.value("business_number", "");
    if (cs.empty()) continue;
    if (want_instances && spaces.insert(cs).second) {
      instances.push_back({{"InstanceId", "inst-" + cs},
                           {"InstanceName", cs},
                           {"CustSpaceId", cs},
                           {"ChannelType", "WHATSAPP"},
                           {"State", "published"}});
    }
    if (want_numbers && !bn.empty()) {
      numbers[cs].push_back({{"PhoneNumber", bn},
                             {"Status", "CONNECTED"},
                             {"QualityRating", "GREEN"},
                             {"MessagingLimitTier", "TIER_1K"},
                             {"VerifiedName", "Sim " + cs}});
    }
  }
}

}  // namespace

void SimInventory::replace(const json& data) {
  std::vector<json> instances;
  std::map<std::string, std::vector<json>> numbers;
  const json accounts = data.value("accounts", json::array());
  const bool has_instances = data.contains("instances");
  const bool has_numbers = data.contains("phone_numbers");
  deriveFromAccounts(accounts, instances, numbers, !has_instances, !has_numbers);
  if (has_instances) {
    if (!data["instances"].is_array()) throw std::invalid_argument("instances must be an array");
    for (const auto& i : data["instances"]) {
      (void)requiredString(i, "InstanceId", "an instance");
      (void)requiredString(i, "CustSpaceId", "an instance");
      instances.push_back(i);
    }
  }
  if (has_numbers) {
    if (!data["phone_numbers"].is_array()) {
      throw std::invalid_argument("phone_numbers must be an array");
    }
    for (const auto& n : data["phone_numbers"]) {
      const std::string cs = requiredString(n, "CustSpaceId", "a phone number");
      (void)requiredString(n, "PhoneNumber", "a phone number");
      json item = n;
      item.erase("CustSpaceId");  // the response's items do not name their space
      numbers[cs].push_back(std::move(item));
    }
  }
  std::unique_lock lock(mutex_);
  instances_ = std::move(instances);
  numbers_ = std::move(numbers);
}

json SimInventory::snapshot() const {
  std::shared_lock lock(mutex_);
  json numbers = json::array();
  for (const auto& [cs, list] : numbers_) {
    for (json n : list) {
      n["CustSpaceId"] = cs;
      numbers.push_back(std::move(n));
    }
  }
  return {{"instances", instances_}, {"phone_numbers", std::move(numbers)}};
}

SimInstancePage SimInventory::instances(const std::string& channel_type, int index,
                                        int size) const {
  std::shared_lock lock(mutex_);
  std::vector<const json*> matching;
  const std::string want = lowerCase(channel_type);
  for (const auto& i : instances_) {
    if (want.empty() || lowerCase(i.value("ChannelType", "")) == want) matching.push_back(&i);
  }
  SimInstancePage page;
  page.total = static_cast<std::int64_t>(matching.size());
  const auto from = static_cast<std::size_t>(index - 1) * static_cast<std::size_t>(size);
  for (std::size_t k = from; k < matching.size() && k < from + static_cast<std::size_t>(size);
       ++k) {
    page.items.push_back(matching[k]->dump());
  }
  return page;
}

std::vector<std::string> SimInventory::numbers(const std::string& cust_space_id) const {
  std::shared_lock lock(mutex_);
  std::vector<std::string> out;
  const auto it = numbers_.find(cust_space_id);
  if (it == numbers_.end()) return out;
  for (const auto& n : it->second) out.push_back(n.dump());
  return out;
}

int SimInventory::mutate(const json& ops) {
  if (!ops.is_array()) throw std::invalid_argument("ops must be an array");
  std::unique_lock lock(mutex_);
  int changed = 0;
  for (const auto& op : ops) changed += apply(op) ? 1 : 0;
  return changed;
}

bool SimInventory::apply(const json& op) {
  const std::string kind = op.value("op", "");
  if (kind == "set" || kind == "delete_number") {
    auto& list = numbers_[requiredString(op, "cust_space_id", "the op")];
    const std::string number = requiredString(op, "phone_number", "the op");
    const auto it = std::find_if(list.begin(), list.end(), [&](const json& n) {
      return n.value("PhoneNumber", "") == number;
    });
    if (it == list.end()) return false;
    if (kind == "delete_number") {
      list.erase(it);
      return true;
    }
    for (const auto& [k, v] : op.at("set").items()) {
      if (v.is_null()) {
        it->erase(k);
      } else {
        (*it)[k] = v;
      }
    }
    return true;
  }
  if (kind == "add_number") {
    json item = op.at("number");
    const std::string cs = requiredString(item, "CustSpaceId", "a phone number");
    (void)requiredString(item, "PhoneNumber", "a phone number");
    item.erase("CustSpaceId");
    numbers_[cs].push_back(std::move(item));
    return true;
  }
  if (kind == "add_instance") {
    (void)requiredString(op.at("instance"), "InstanceId", "an instance");
    (void)requiredString(op.at("instance"), "CustSpaceId", "an instance");
    instances_.push_back(op.at("instance"));
    return true;
  }
  if (kind == "delete_instance") {
    const std::string id = requiredString(op, "instance_id", "the op");
    const auto before = instances_.size();
    instances_.erase(std::remove_if(instances_.begin(), instances_.end(),
                                    [&](const json& i) { return i.value("InstanceId", "") == id; }),
                     instances_.end());
    return instances_.size() != before;
  }
  throw std::invalid_argument("unknown inventory op \"" + kind + "\"");
}

}  // namespace cgs::sim
