#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <shared_mutex>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace cgs::sim {

using AccountKey = std::pair<std::string, std::string>;  // (CustSpaceId, BusinessNumber)

// One simulated group: the API item, and its compact JSON kept ready for responses.
struct SimGroup {
  nlohmann::json item;
  std::string json;  // item.dump(), refreshed on every change
};

struct SimAccount {
  std::vector<SimGroup> groups;     // listing order
  std::set<std::string> group_ids;  // of `groups`
  bool no_access = false;  // the vendor has not allow-listed group listing: Authentication.NoAuth
  bool participants_no_access = false;  // ... nor member listing (ListChatGroupParticipants)
  // Members by GroupId, in listing order. A group listed here has TotalParticipantCount equal to
  // its member count, kept so by every change; a group not listed here has no members.
  std::map<std::string, std::vector<std::string>> participants;
};

// A member listing request's view of one group.
struct SimMemberPage {
  bool known_account = false;
  bool known_group = false;
  bool no_access = false;
  std::int64_t total = 0;
  std::vector<std::string> numbers;
};

// A listing request's view: the page's items (as JSON text) and the filtered total.
struct SimPage {
  std::string id_field = "GroupId";  // what identifies an item (ParticipantNumber for members)
  std::int64_t total = 0;
  std::vector<std::string> items;
  bool known_account = false;
  bool no_access = false;
};

struct GenerateSpec {
  int accounts = 3;
  int groups = 50;
  std::uint64_t seed = 1;
  bool participants = false;  // every group gets 2 to 9 members
  // Numbers per space beside the account's own CONNECTED one, none CONNECTED (PENDING,
  // DISCONNECTED, FLAGGED, RESTRICTED in turn) and without groups; with any, the data lists
  // "phone_numbers" (sim_inventory.h).
  int numbers = 0;
};

// "accounts=3,groups=50,seed=7,participants=1,numbers=2" -> spec; nullopt when malformed.
[[nodiscard]] std::optional<GenerateSpec> parseGenerateSpec(const std::string& text);

// Deterministic accounts "cams-sim-0001".. with realistic groups: emoji, CJK and long subjects,
// all six statuses, optional fields absent, null or empty. Same spec, same data.
[[nodiscard]] nlohmann::json generateDataset(const GenerateSpec& spec);

// The simulator's groups, per account. Thread-safe: listings share a lock, changes take it alone.
class SimDataset {
 public:
  // Replaces everything with a data file's content: {"accounts":[{"cust_space_id",
  // "business_number", "no_access"?, "participants_no_access"?, "groups":[item...],
  // "participants"?: {"<GroupId>": ["<number>", ...]}}]}. Throws std::invalid_argument.
  void replace(const nlohmann::json& data);
  [[nodiscard]] nlohmann::json snapshot() const;

  // Applies mutation ops to one account (created if absent):
  //   {"op":"add","group":{...}} {"op":"delete","group_id":".."}
  //   {"op":"update","group_id":"..","set":{"Subject":"..", ...}} (null removes a field)
  //   {"op":"join","group_id":"..","numbers":[".."]} {"op":"leave","group_id":"..","numbers":[..]}
  //   (members: the group's TotalParticipantCount follows)
  // Returns how many ops changed something. Throws std::invalid_argument on a bad op.
  int mutate(const AccountKey& account, const nlohmann::json& ops);

  // Filters by GroupStatus (exact) and Subject (substring), then pages (index 1-based).
  [[nodiscard]] SimPage page(const AccountKey& account, const std::string& group_status,
                             const std::string& subject, int index, int size) const;

  // One page of a group's members (index 1-based).
  [[nodiscard]] SimMemberPage members(const AccountKey& account, const std::string& group_id,
                                      int index, int size) const;

  [[nodiscard]] std::size_t groupCount() const;

 private:
  mutable std::shared_mutex mutex_;
  std::map<AccountKey, SimAccount> accounts_;
};

}  // namespace cgs::sim
