#pragma once

#include <string>

#include "sync/resource_step.h"
#include "sync/run_report.h"

namespace cgs {

// The account's members (ListChatGroupParticipants), after its listing merged: the refresh of
// sync/participant_refresh.h, its requests and error written to the run's record. Its failures
// never change the run's status: the groups are synced, members wait for the next run. In a dry
// run it writes in the listing's transaction (`dry_run_tx`), and a database error there fails
// the run (the transaction is gone).
class MemberStep final : public ResourceStep {
 public:
  // `details`: the run report's account of the refresh, filled in by run().
  MemberStep(const StepContext& context, std::string merged_at, pqxx::work* dry_run_tx,
             ParticipantReport& details);

  [[nodiscard]] ResourceKind kind() const override { return ResourceKind::kMembers; }
  void run() override;
  [[nodiscard]] ResourceReport report() const override;

 private:
  void refresh(ParticipantStore& store);

  const StepContext& ctx_;
  const std::string merged_at_;
  pqxx::work* const dry_run_tx_;
  ParticipantReport& details_;
  std::optional<StepFailure> failure_;
};

}  // namespace cgs
