#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cgs {

// Every kind of change the mirror records, in one registry: the webhook event names the
// configuration accepts, the metrics' `type` label, the run summary and the dry-run printout are
// all read from it, and a test holds the history tables' CHECK constraints to it
// (tests/integration/sql_contract_test.cpp). A new resource's change types are added here.
enum class ChangeType {
  kAdded,
  kUpdated,
  kRemoved,
  kRestored,
  kParticipantJoined,
  kParticipantLeft,
};

struct ChangeTypeInfo {
  ChangeType type;
  std::string_view name;      // as stored in change_type and sent as a webhook event's type
  std::string_view resource;  // the resource whose step reports it (sync/resource_step.h)
  std::string_view table;     // the history table that records it
  char mark;                  // the dry-run printout's: + added, - gone, ^ back, ~ changed
};

inline constexpr std::array<ChangeTypeInfo, 6> kChangeTypes{{
    {ChangeType::kAdded, "added", "groups", "chat_group_changes", '+'},
    {ChangeType::kUpdated, "updated", "groups", "chat_group_changes", '~'},
    {ChangeType::kRemoved, "removed", "groups", "chat_group_changes", '-'},
    {ChangeType::kRestored, "restored", "groups", "chat_group_changes", '^'},
    {ChangeType::kParticipantJoined, "participant_joined", "members", "chat_group_changes", '+'},
    {ChangeType::kParticipantLeft, "participant_left", "members", "chat_group_changes", '-'},
}};

[[nodiscard]] const ChangeTypeInfo& changeTypeInfo(ChangeType type);
[[nodiscard]] std::string_view changeTypeName(ChangeType type);
// The change type of a stored or configured name; nullopt for a name the registry lacks.
[[nodiscard]] std::optional<ChangeType> changeTypeNamed(std::string_view name);
// Every name, in the registry's order (the webhooks' default events).
[[nodiscard]] std::vector<std::string> changeTypeNames();

// How many changes of each type: what a resource step reports.
class ChangeTally {
 public:
  [[nodiscard]] std::int64_t operator[](ChangeType t) const {
    return counts_[static_cast<std::size_t>(t)];
  }
  std::int64_t& operator[](ChangeType t) { return counts_[static_cast<std::size_t>(t)]; }
  ChangeTally& operator+=(const ChangeTally& other);
  [[nodiscard]] std::int64_t total() const;

 private:
  std::array<std::int64_t, kChangeTypes.size()> counts_{};
};

}  // namespace cgs
