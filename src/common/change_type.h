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
  kPhoneNumberAdded,
  kPhoneNumberUpdated,
  kPhoneNumberRemoved,
  kPhoneNumberRestored,
};

struct ChangeTypeInfo {
  ChangeType type;
  std::string_view name;      // the webhook event's type, the metrics' label, the log's field
  std::string_view resource;  // the resource whose step reports it (sync/resource_step.h)
  std::string_view table;     // the history table that records it
  std::string_view stored;    // its change_type there
  char mark;                  // the dry-run printout's: + added, - gone, ^ back, ~ changed
  bool by_default;            // a webhook that lists no events gets it (the first release's six)
};

inline constexpr std::array<ChangeTypeInfo, 10> kChangeTypes{{
    {ChangeType::kAdded, "added", "groups", "chat_group_changes", "added", '+', true},
    {ChangeType::kUpdated, "updated", "groups", "chat_group_changes", "updated", '~', true},
    {ChangeType::kRemoved, "removed", "groups", "chat_group_changes", "removed", '-', true},
    {ChangeType::kRestored, "restored", "groups", "chat_group_changes", "restored", '^', true},
    {ChangeType::kParticipantJoined, "participant_joined", "members", "chat_group_changes",
     "participant_joined", '+', true},
    {ChangeType::kParticipantLeft, "participant_left", "members", "chat_group_changes",
     "participant_left", '-', true},
    {ChangeType::kPhoneNumberAdded, "phone_number_added", "numbers", "phone_number_changes",
     "added", '+', false},
    {ChangeType::kPhoneNumberUpdated, "phone_number_updated", "numbers", "phone_number_changes",
     "updated", '~', false},
    {ChangeType::kPhoneNumberRemoved, "phone_number_removed", "numbers", "phone_number_changes",
     "removed", '-', false},
    {ChangeType::kPhoneNumberRestored, "phone_number_restored", "numbers", "phone_number_changes",
     "restored", '^', false},
}};

[[nodiscard]] const ChangeTypeInfo& changeTypeInfo(ChangeType type);
[[nodiscard]] std::string_view changeTypeName(ChangeType type);
// The change type of a name (the webhook event's); nullopt for a name the registry lacks.
[[nodiscard]] std::optional<ChangeType> changeTypeNamed(std::string_view name);
// Every name, in the registry's order (the events a webhook may list).
[[nodiscard]] std::vector<std::string> changeTypeNames();
// The names a webhook that lists no events gets: later resources' types are opt-in, so an
// existing receiver sees nothing new.
[[nodiscard]] std::vector<std::string> defaultEventNames();

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
