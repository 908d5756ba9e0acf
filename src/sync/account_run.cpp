#include "sync/account_run.h"

#include <fmt/format.h>

#include "cams/api_client.h"
#include "common/crypto.h"
#include "store/database_error.h"
#include "store/run_store.h"
#include "sync/credentials.h"
#include "sync/group_listing_step.h"
#include "sync/member_step.h"
#include "sync/run_summary.h"
#include "sync/write_scope.h"

namespace cgs {

AccountRun::AccountRun(WorkerResources resources, const AccountConfig& account,
                       const SyncEnvironment& env, const RunOptions& options)
    : resources_(std::move(resources)),
      account_(account),
      env_(env),
      options_(options),
      run_id_(newUuid()),
      log_(env.log.with("account", account.name).with("run_id", run_id_)) {}

RunReport AccountRun::execute() {
  const SteadyTime started = env_.clock->now();
  try {
    steps();
  } catch (...) {
    recordFailure(currentFailure());
  }
  if (locked_) resources_.lock.unlock(account_.name);
  RunReport r = report();
  r.duration = std::chrono::duration_cast<Millis>(env_.clock->now() - started);
  logSummary(r);
  if (env_.observer != nullptr && !options_.dry_run) env_.observer->onRunFinished(r);
  return r;
}

void AccountRun::steps() {
  if (!lockAccount()) {
    const auto other = runningRunOf(resources_.data, account_.name);
    if (other) other_run_id_ = other->run_id;
    state_.facts.other_replica =
        other ? fmt::format("{}:{}", other->host, other->pid) : "another replica";
    state_.verdict = decideOutcome(state_.facts, {});
    log_.info("{} is syncing this account; skipping this round", *state_.facts.other_replica);
    noteLastSuccess();
    return;
  }
  if (syncedByAnother()) return;
  const auto credentials = resolveCredentials();
  startRecord();
  if (!credentials) {
    finishRecordAlone();
    return;
  }
  const StepContext context = stepContext(*credentials);
  GroupListingStep groups(context, state_);
  log_.info("run started (trigger {}, CustSpaceId {}, BusinessNumber {})", options_.trigger,
            account_.cust_space_id, account_.business_number);
  groups.run();
  resources_reports_.push_back(groups.report());
  if (!groups.mergedAt()) {
    finishRecordAlone();
    return;
  }
  for (const auto& step :
       stepsAfterListing(context, *groups.mergedAt(), groups.dryRunTransaction())) {
    step->run();
    resources_reports_.push_back(step->report());
  }
  if (options_.dry_run) changes_ = groups.changes();  // then `groups` rolls everything back
}

// The registration of an account's resources after its group listing, in the order they run.
std::vector<std::unique_ptr<ResourceStep>> AccountRun::stepsAfterListing(
    const StepContext& context, const std::string& merged_at, pqxx::work* dry_run_tx) {
  std::vector<std::unique_ptr<ResourceStep>> steps;
  if (account_.participants) {
    steps.push_back(std::make_unique<MemberStep>(context, merged_at, dry_run_tx, participants_));
  }
  return steps;
}

StepContext AccountRun::stepContext(const ResolvedCredentials& credentials) const {
  return StepContext{resources_.data,
                     account_,
                     env_,
                     options_,
                     credentials,
                     writeScope(),
                     log_,
                     [this, &credentials] { return makeClients(credentials); },
                     [this](const AttemptRecord& a) {
                       if (env_.observer != nullptr) env_.observer->onAttempt(account_.name, a);
                     }};
}

WriteScope AccountRun::writeScope() const {
  return writeScopeOf(*env_.config, account_, run_id_, env_.schema_version);
}

bool AccountRun::syncedByAnother() {
  if (options_.dry_run || options_.synced_since == SteadyTime{}) return false;
  const auto within = std::chrono::duration_cast<Millis>(env_.clock->now() - options_.synced_since);
  const auto other =
      recentSuccessOfAnother(resources_.data, account_.name, env_.host, env_.pid, within);
  if (!other) return false;
  other_run_id_ = other->run_id;
  state_.facts.other_replica = fmt::format("{}:{}", other->host, other->pid);
  state_.verdict = decideOutcome(state_.facts, {});
  log_.info("{} synced this account within the last {}; skipping this round",
            *state_.facts.other_replica, formatElapsed(within));
  noteLastSuccess();
  return true;
}

void AccountRun::noteLastSuccess() {
  // Only for the report's figures: a skip that cannot read them is still a skip, not a failure.
  try {
    last_success_ = lastSuccessOf(resources_.data, account_.name);
  } catch (const DatabaseError& e) {
    log_.debug("the account's last success not read for the report: {}", e.what());
  }
}

bool AccountRun::lockAccount() {
  if (options_.dry_run) return true;  // a dry run writes nothing, so it needs no lock
  locked_ = resources_.lock.tryLock(account_.name);
  return locked_;
}

void AccountRun::startRecord() {
  if (options_.dry_run) return;
  const auto previous = env_.unrecorded->of(account_.name);
  startRun(resources_.data,
           {run_id_, account_.name, account_.cust_space_id, account_.business_number,
            options_.trigger, env_.host, env_.pid},
           previous);
  if (previous) env_.unrecorded->recorded(account_.name, previous->run_id);
  recorded_ = true;
}

std::optional<ResolvedCredentials> AccountRun::resolveCredentials() {
  try {
    ResolvedCredentials c =
        cgs::resolveCredentials(*env_.config->findCredentials(account_.credentials), env_.env);
    env_.redactor->add(c.access_key_secret);
    env_.redactor->add(c.security_token);
    return c;
  } catch (const CredentialError& e) {
    state_.facts.credential_error = e.what();
    state_.verdict = decideOutcome(state_.facts, {});
    return std::nullopt;
  }
}

std::vector<std::unique_ptr<ApiClient>> AccountRun::makeClients(
    const ResolvedCredentials& credentials) const {
  std::vector<std::unique_ptr<ApiClient>> out;
  for (HttpTransport* t : resources_.transports) {
    out.push_back(env_.apiClient(*t, account_.credentials, credentials, log_));
  }
  return out;
}

void AccountRun::finishRecordAlone() {
  if (recorded_) finishRunAlone(resources_.data, run_id_, runEnd());
}

void AccountRun::recordFailure(StepFailure failure) {
  const bool database =
      failure.kind == FailureKind::kDatabase || failure.kind == FailureKind::kDatabaseUnavailable;
  state_.facts.failure = std::move(failure);
  state_.counts = {};  // whatever was merged rolled back
  state_.verdict = decideOutcome(state_.facts, {});
  if (!database) return;
  resources_.data.reset();
  try {  // record the failure if the database is back already
    finishRecordAlone();
  } catch (const std::exception&) {
    // still down: the account's next run records it first
    if (recorded_) env_.unrecorded->keep(account_.name, {run_id_, runEnd()});
  }
}

RunEnd AccountRun::runEnd() const { return state_.end(); }

RunReport AccountRun::report() const {
  RunReport r;
  r.account = account_.name;
  r.run_id = run_id_;
  r.dry_run = options_.dry_run;
  r.status = state_.verdict.status;
  r.error_code = state_.verdict.error_code;
  r.error_message = state_.verdict.error_message;
  if (state_.facts.failure) {
    r.failure = state_.facts.failure->kind;
  } else if (!r.ok() && r.status != RunStatus::kSkipped) {
    r.failure = FailureKind::kRun;
  }
  r.counts = state_.counts;
  r.pages = state_.pages;
  r.changes = changes_;
  r.other_run_id = other_run_id_;
  if (last_success_) {
    r.groups_present = last_success_->groups_seen;
    r.last_success_duration = last_success_->duration;
  }
  r.participants = participants_;
  r.resources = resources_reports_;
  if (state_.verdict.apply && state_.facts.removals) {
    r.groups_present = state_.facts.removals->present_before + state_.counts.added +
                       state_.counts.restored - state_.counts.removed;
  }
  const auto ids = state_.requestIds();
  r.requests = ids.size();
  if (!ids.empty()) {
    r.first_request_id = ids.front();
    r.last_request_id = ids.back();
  }
  return r;
}

void AccountRun::logSummary(const RunReport& r) const {
  const bool quiet = r.ok() || r.status == RunStatus::kSkipped;
  log_.event(quiet ? spdlog::level::info : spdlog::level::warn,
             options_.dry_run ? "dry run finished" : "run finished", runSummaryFields(r));
}

}  // namespace cgs
