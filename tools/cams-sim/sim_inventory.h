#pragma once

#include <cstdint>
#include <map>
#include <shared_mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cgs::sim {

// A ListInstance request's view: the page's items (as JSON text) and the filtered total.
struct SimInstancePage {
  std::int64_t total = 0;
  std::vector<std::string> items;
};

// The calling account's inventory, as discovery lists it: instances (each naming a CustSpaceId)
// and each space's phone numbers. Thread-safe. Data file keys beside "accounts":
//   "instances":     [{"InstanceId", "CustSpaceId", "InstanceName"?, "ChannelType"?, "State"?,
//   ...}] "phone_numbers": [{"CustSpaceId", "PhoneNumber", "Status"?, "QualityRating"?, ...}]
// Without "instances", every CustSpaceId of the accounts has one WHATSAPP instance; without
// "phone_numbers", every account's BusinessNumber is a CONNECTED, GREEN number of its space.
class SimInventory {
 public:
  // Throws std::invalid_argument on a bad file.
  void replace(const nlohmann::json& data);
  [[nodiscard]] nlohmann::json snapshot() const;

  // Filtered by ChannelType (case-insensitive; empty: every instance), then paged (1-based).
  [[nodiscard]] SimInstancePage instances(const std::string& channel_type, int index,
                                          int size) const;
  // Every number of the space, as JSON text, in listing order (none for an unknown space).
  [[nodiscard]] std::vector<std::string> numbers(const std::string& cust_space_id) const;

  // Applies ops; returns how many changed something. Throws std::invalid_argument on a bad op:
  //   {"op":"set","cust_space_id":"..","phone_number":"..","set":{"QualityRating":"RED"}}
  //     (null removes a field)
  //   {"op":"add_number","number":{"CustSpaceId":"..","PhoneNumber":"..",...}}
  //   {"op":"delete_number","cust_space_id":"..","phone_number":".."}
  //   {"op":"add_instance","instance":{"InstanceId":"..","CustSpaceId":"..",...}}
  //   {"op":"delete_instance","instance_id":".."}
  int mutate(const nlohmann::json& ops);

 private:
  bool apply(const nlohmann::json& op);

  mutable std::shared_mutex mutex_;
  std::vector<nlohmann::json> instances_;                       // listing order
  std::map<std::string, std::vector<nlohmann::json>> numbers_;  // by CustSpaceId, listing order
};

}  // namespace cgs::sim
