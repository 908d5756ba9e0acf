#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cams/list_instance.h"
#include "cams/query_phone_numbers.h"
#include "common/change_type.h"
#include "common/duration.h"
#include "store/connection.h"
#include "store/mirror_write.h"
#include "store/run_status.h"

namespace cgs {

// What a discovery pass writes and locks under in place of an account name: no account's name
// (those match [a-z0-9_-]+ or "<cust_space_id>/<phone_number>").
inline constexpr std::string_view kDiscoveryName = "(discovery)";

// What one discovery pass listed, as the inventory takes it. Only a complete instance listing is
// applied; a space's numbers only when its query answered (`answered`): a space whose query
// failed keeps its numbers as they were, so a failed or incomplete pass retires nothing there.
struct InventoryListing {
  std::vector<Instance> instances;    // every instance ListInstance listed (complete)
  std::vector<std::string> answered;  // spaces whose numbers below are their complete listing
  struct Number {
    std::string cust_space_id;
    PhoneNumber number;
  };
  std::vector<Number> numbers;
  // A space with numbers in the mirror that no listed instance names any more has left the
  // listing with its numbers: the store finds those from `instances`.
};

// What applying a listing changed.
struct InventoryChanges {
  ChangeTally numbers;                 // the registry's phone_number_* types
  std::int64_t instances_written = 0;  // instances added, changed or removed (no history)
  [[nodiscard]] std::int64_t rowsWritten() const { return numbers.total() + instances_written; }
};

// A number as the account roster reads it (sync/account_roster.h) and the metrics show it.
struct KnownNumber {
  std::string cust_space_id;
  std::string phone_number;
  std::string status;
  std::string quality_rating;
  std::string messaging_limit_tier;
  bool listed = false;       // its space lists it now (removed_at is null)
  bool was_account = false;  // a run of its discovered account name was recorded
};

// A discovery pass's record (discovery_runs), written at its start and its end.
struct DiscoveryRunStart {
  std::string run_id;
  std::string credentials;
  std::string trigger;  // schedule, once, reload
  std::string host;
  int pid = 0;
};
struct DiscoveryRunEnd {
  RunStatus status = RunStatus::kFailed;  // succeeded, incomplete, failed or aborted
  std::int64_t instances = 0;
  std::int64_t spaces = 0;
  std::int64_t spaces_failed = 0;
  std::int64_t numbers = 0;
  ChangeTally changes;
  std::vector<std::string> request_ids;
  std::string error_code;
  std::string error_message;
};

// The latest discovery pass, for --status.
struct DiscoverySummary {
  std::string status;
  double age_seconds = 0;  // since it started
  std::int64_t instances = 0;
  std::int64_t spaces = 0;
  std::int64_t spaces_failed = 0;
  std::int64_t numbers = 0;
  std::string error_code;
};

// Every statement of the inventory (instances, phone_numbers, phone_number_changes and
// discovery_runs). Throws DatabaseError.
class InventoryStore {
 public:
  explicit InventoryStore(Connection& connection) : connection_(connection) {}

  // Applies a pass's listing in one transaction under a MirrorWrite of `scope` (its events go to
  // the outbox with it), with the pass's record: rows are written only for what changed.
  InventoryChanges apply(const InventoryListing& listing, const WriteScope& scope,
                         const DiscoveryRunEnd& end);

  // Every number in the mirror, listed or not, by space and number.
  [[nodiscard]] std::vector<KnownNumber> knownNumbers();

  // Records a pass as `running` (the caller holds the discovery lock: any other pass still
  // `running` was left by a process that died, and becomes `aborted`).
  void startRun(const DiscoveryRunStart& run);
  // A pass that wrote no listing (it failed): its record, in a transaction of its own.
  void finishRunAlone(const std::string& run_id, const DiscoveryRunEnd& end);
  [[nodiscard]] std::optional<DiscoverySummary> latestRun();
  // How long ago the latest pass that applied a listing ended (any replica's); nullopt: none.
  [[nodiscard]] std::optional<Millis> sinceLastListing();

 private:
  Connection& connection_;
};

// Whether the schema has the inventory (schema 10 on): --status reads a database an older release
// migrated.
[[nodiscard]] bool inventoryExists(Connection& connection);

// The account name of a discovered number: "<cust_space_id>/<phone_number>" (a configured name
// never holds a slash).
[[nodiscard]] std::string discoveredAccountName(const std::string& cust_space_id,
                                                const std::string& phone_number);

}  // namespace cgs
