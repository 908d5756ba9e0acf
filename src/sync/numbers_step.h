#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cams/api_error.h"
#include "cams/rate_limiter.h"
#include "store/inventory_store.h"
#include "sync/resource_step.h"

namespace cgs {

// The numbers resource, a discovery pass's one step: lists the credential set's instances
// (ListInstance, every page), then each covered space's numbers (QueryChatappPhoneNumbers, one
// request per space, paced by `numbers_pace` at that action's own limit within the credential
// set's quota), and applies the listing in one transaction (store/inventory_store.h). A failed
// instance listing applies nothing; a space whose query failed keeps its numbers as they were
// (the pass is then incomplete); a stop applies nothing.
class NumbersStep final : public ResourceStep {
 public:
  NumbersStep(const StepContext& context, const DiscoveryConfig& discovery,
              RateLimiter& numbers_pace, DiscoveryRunEnd& record);

  [[nodiscard]] ResourceKind kind() const override { return ResourceKind::kNumbers; }
  void run() override;
  [[nodiscard]] ResourceReport report() const override;

  // The spaces whose numbers were applied (a complete listing each).
  [[nodiscard]] const std::vector<std::string>& answered() const { return listing_.answered; }

 private:
  [[nodiscard]] bool listInstances(ApiClient& client);
  void listNumbers(ApiClient& client);
  [[nodiscard]] bool awaitSlot();
  [[nodiscard]] AttemptObserver counting();
  void noteError(const ApiError& e);
  void noteRequest(const std::string& request_id);

  const StepContext& ctx_;
  const DiscoveryConfig& discovery_;
  RateLimiter& numbers_pace_;
  DiscoveryRunEnd& record_;
  InventoryListing listing_;
  ChangeTally changes_;
  std::int64_t requests_ = 0;
  std::optional<StepFailure> failure_;
  bool ran_ = false;
};

}  // namespace cgs
