#include "sync/member_step.h"

#include "sync/credentials.h"
#include "sync/participant_refresh.h"

namespace cgs {

MemberStep::MemberStep(const StepContext& context, std::string merged_at, pqxx::work* dry_run_tx,
                       ParticipantReport& details)
    : ctx_(context), merged_at_(std::move(merged_at)), dry_run_tx_(dry_run_tx), details_(details) {}

void MemberStep::run() {
  details_.ran = true;
  try {
    ParticipantStore store(ctx_.data, ctx_.scope, dry_run_tx_);
    refresh(store);
  } catch (...) {
    StepFailure f = currentFailure();
    if (f.kind == FailureKind::kInternal || dry_run_tx_ != nullptr) throw;  // the run fails
    details_.error_code = f.code;
    details_.error_message = f.message;
    ctx_.log.error("participants: {}: {}; the groups are synced, members wait for the next run",
                   f.code, f.message);
    if (f.kind != FailureKind::kSchemaTooNew) ctx_.data.reset();
    failure_ = std::move(f);
  }
}

void MemberStep::refresh(ParticipantStore& store) {
  const Config& config = *ctx_.env.config;
  std::optional<Secret> key;
  try {
    key = resolvePseudonymizeKey(config.participants, ctx_.env.env);
    if (key) ctx_.env.redactor->add(*key);
  } catch (const CredentialError& e) {
    details_.error_code = "Participants.KeyUnavailable";
    details_.error_message = e.what();
    ctx_.log.error("{}; no member is listed or stored until the key can be read", e.what());
    store.finish({0, details_.error_code, "", details_.error_message, {}});
    return;
  }
  const auto clients = ctx_.clients();
  std::vector<ApiClient*> borrowed;
  for (const auto& c : clients) borrowed.push_back(c.get());
  ParticipantRefresh refresh(ParticipantRefreshContext{
      store, borrowed, ctx_.account, config.participants, config.api.page_size, key,
      *ctx_.env.clock, *ctx_.env.stop, ctx_.observer, ctx_.log});
  details_ = refresh.run(merged_at_);
  store.finish({details_.requests, details_.error_code, details_.error_request_id,
                details_.error_message, details_.request_ids});
}

ResourceReport MemberStep::report() const {
  ResourceReport r;
  r.kind = kind();
  r.ran = details_.ran;
  r.changes = details_.counts.tally();
  r.requests = details_.requests;
  r.failure = failure_;
  return r;
}

}  // namespace cgs
