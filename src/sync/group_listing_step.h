#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cams/pager.h"
#include "store/listing_apply.h"
#include "sync/resource_step.h"
#include "sync/run_state.h"

namespace cgs {

// A typed item field that came with the wrong JSON type in this run's listing.
struct MistypedNote {
  std::size_t items = 0;
  std::string group_id;    // the first such item
  std::string request_id;  // and the response it came in
};

// The account's groups (ListChatGroup): pages streamed into a ListingApply as they arrive, the
// listing sealed and its removals checked, the run's verdict decided (decideOutcome) on the
// facts, then merged and, unless a dry run, committed with the run's record in one transaction.
// The run's first resource: the ones after it run only once it merged (mergedAt()).
class GroupListingStep final : public ResourceStep {
 public:
  GroupListingStep(const StepContext& context, RunState& state);
  ~GroupListingStep() override;
  GroupListingStep(const GroupListingStep&) = delete;
  GroupListingStep& operator=(const GroupListingStep&) = delete;

  [[nodiscard]] ResourceKind kind() const override { return ResourceKind::kGroups; }
  void run() override;
  [[nodiscard]] ResourceReport report() const override;

  // When the merged rows were stamped; nullopt when the verdict applied nothing.
  [[nodiscard]] const std::optional<std::string>& mergedAt() const { return merged_at_; }
  // A dry run's open transaction, which the later steps write in and which is rolled back when
  // this step is destroyed; null otherwise.
  [[nodiscard]] pqxx::work* dryRunTransaction();
  // A dry run's changes so far (every step's), in order.
  [[nodiscard]] std::vector<ChangeRow> changes();

 private:
  [[nodiscard]] ListingOutcome list(ListingApply& apply);
  void check(ListingApply& apply);

  const StepContext& ctx_;
  RunState& state_;
  std::unique_ptr<ListingApply> apply_;  // kept after run() by a dry run only
  std::optional<std::string> merged_at_;
  std::map<std::string_view, MistypedNote> mistyped_;
  bool ran_ = false;
};

}  // namespace cgs
