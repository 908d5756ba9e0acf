#include "sync/account_run.h"

#include <fmt/format.h>

#include "cams/api_client.h"
#include "common/crypto.h"
#include "store/database_error.h"
#include "store/migrator.h"
#include "store/run_store.h"
#include "sync/credentials.h"
#include "sync/participant_policy.h"
#include "sync/run_summary.h"
#include "sync/write_scope.h"

namespace cgs {
namespace {

// The error code of a run that found the schema migrated by a newer release.
constexpr const char* kSchemaTooNewCode = "Schema.TooNew";

StepFailure failureOf(const DatabaseError& e) {
  return {e.unavailable() ? FailureKind::kDatabaseUnavailable : FailureKind::kDatabase, e.code(),
          e.what()};
}

// Feeds pages from the pager into the staging COPY (on the pager's calling thread), noting the
// typed fields that came with a value of the wrong JSON type.
class StagingConsumer final : public PageConsumer {
 public:
  StagingConsumer(ListingApply& apply, std::map<std::string_view, MistypedNote>& mistyped)
      : apply_(apply), mistyped_(mistyped) {}
  void reset() override {
    apply_.restart();
    mistyped_.clear();
  }
  void consume(ListChatGroupPage&& page) override {
    auto repeated = page.repeated.begin();
    for (std::size_t i = 0; i < page.groups.size(); ++i) {
      const bool repeat = repeated != page.repeated.end() && *repeated == i;
      if (repeat) ++repeated;
      apply_.add(page.groups[i], repeat);
    }
    for (const auto& m : page.mistyped) {
      MistypedNote& note = mistyped_[m.field];
      if (note.items++ == 0) note = {1, m.group_id, page.request_id};
    }
  }

 private:
  ListingApply& apply_;
  std::map<std::string_view, MistypedNote>& mistyped_;
};

// One ApiClient per transport, so each pager thread has its own keep-alive connection.
class ClientPageSource final : public PageSource {
 public:
  ClientPageSource(std::unique_ptr<ApiClient> client, ListChatGroupParams params,
                   AttemptObserver observer)
      : client_(std::move(client)), params_(std::move(params)), observer_(std::move(observer)) {}
  std::variant<ListChatGroupPage, ApiError> fetch(int index) override {
    ListChatGroupParams p = params_;
    p.page_index = index;
    return client_->listPage(p, observer_);
  }

 private:
  std::unique_ptr<ApiClient> client_;
  ListChatGroupParams params_;
  AttemptObserver observer_;
};

ListChatGroupParams listingParams(const AccountConfig& account, int page_size) {
  ListChatGroupParams params;
  params.cust_space_id = account.cust_space_id;
  params.business_number = account.business_number;
  params.channel_type = account.channel_type;
  params.group_status = account.group_status;
  params.subject = account.subject;
  params.page_size = page_size;
  return params;
}

}  // namespace

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
  } catch (const DatabaseError& e) {
    recordFailure(failureOf(e));
  } catch (const SchemaTooNew& e) {
    recordFailure({FailureKind::kSchemaTooNew, kSchemaTooNewCode, e.what()});
  } catch (const std::exception& e) {
    recordFailure({FailureKind::kInternal, "Internal", e.what()});
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
    facts_.other_replica =
        other ? fmt::format("{}:{}", other->host, other->pid) : "another replica";
    verdict_ = decideOutcome(facts_, {});
    log_.info("{} is syncing this account; skipping this round", *facts_.other_replica);
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
  std::optional<std::string> merged_at;  // set once the listing is applied
  {
    const auto apply = ListingApply::open(resources_.data, writeScope(), !options_.dry_run);
    facts_.listing = list(*credentials, *apply);
    checkListing(*apply);
    if (verdict_.apply) {
      counts_ = apply->merge(verdict_.remove_absent);
      merged_at = apply->mergedAt();
      if (options_.dry_run) {
        refreshParticipants(*credentials, *merged_at, &apply->transaction());
        changes_ = apply->changes();
        return;  // `apply` rolls everything back
      }
      apply->commit(runEnd());
    }
  }  // what was staged is rolled back before the record is finished on the same session
  if (!merged_at) {
    finishRecordAlone();
    return;
  }
  refreshParticipants(*credentials, *merged_at, nullptr);
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
  facts_.other_replica = fmt::format("{}:{}", other->host, other->pid);
  verdict_ = decideOutcome(facts_, {});
  log_.info("{} synced this account within the last {}; skipping this round", *facts_.other_replica,
            formatElapsed(within));
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
    facts_.credential_error = e.what();
    verdict_ = decideOutcome(facts_, {});
    return std::nullopt;
  }
}

ListingOutcome AccountRun::list(const ResolvedCredentials& credentials, ListingApply& apply) {
  log_.info("run started (trigger {}, CustSpaceId {}, BusinessNumber {})", options_.trigger,
            account_.cust_space_id, account_.business_number);
  const Config& config = *env_.config;
  const AttemptObserver observer = [this](const AttemptRecord& a) {
    if (env_.observer != nullptr) env_.observer->onAttempt(account_.name, a);
    if (a.request_id.empty()) return;
    std::lock_guard lock(ids_mutex_);
    request_ids_.push_back(a.request_id);
  };
  std::vector<std::unique_ptr<ClientPageSource>> owned;
  std::vector<PageSource*> sources;
  for (auto& client : makeClients(credentials)) {
    owned.push_back(std::make_unique<ClientPageSource>(
        std::move(client), listingParams(account_, config.api.page_size), observer));
    sources.push_back(owned.back().get());
  }
  StagingConsumer consumer(apply, mistyped_);
  ListingOutcome outcome =
      runListing(sources, PagerOptions{config.api.page_size, 2}, consumer, *env_.stop);
  pages_ = outcome.pages;
  for (const auto& [field, note] : mistyped_) {  // once per field and run
    log_.warn(
        "{}: {} item(s) with a value of the wrong JSON type (first: group {}, request {}); "
        "its column is NULL, the value stays in raw",
        field, note.items, note.group_id, note.request_id);
  }
  return outcome;
}

void AccountRun::checkListing(ListingApply& apply) {
  const OutcomeRules rules{env_.config->safety.max_removal_share, options_.allow_mass_removal,
                           env_.config->api.page_size};
  const auto status = facts_.listing->status;
  const bool complete = status == ListingOutcome::Status::kComplete;
  if (complete || status == ListingOutcome::Status::kIncomplete) {
    counts_.groups_seen = apply.seal(complete);
    if (complete) facts_.removals = apply.checkRemovals();
  }
  verdict_ = decideOutcome(facts_, rules);
  if (verdict_.status == RunStatus::kHeld || verdict_.status == RunStatus::kIncomplete) {
    log_.warn("{}", verdict_.error_message);
  }
}

void AccountRun::refreshParticipants(const ResolvedCredentials& credentials,
                                     const std::string& merged_at, pqxx::work* dry_run_tx) {
  if (!account_.participants) return;
  const Config& config = *env_.config;
  ParticipantStore store(resources_.data, writeScope(), dry_run_tx);
  participants_.ran = true;
  try {
    std::optional<Secret> key;
    try {
      key = resolvePseudonymizeKey(config.participants, env_.env);
      if (key) env_.redactor->add(*key);
    } catch (const CredentialError& e) {
      participants_.error_code = "Participants.KeyUnavailable";
      participants_.error_message = e.what();
      log_.error("{}; no member is listed or stored until the key can be read", e.what());
      store.finish({0, participants_.error_code, "", participants_.error_message, {}});
      return;
    }
    const auto clients = makeClients(credentials);
    std::vector<ApiClient*> borrowed;
    for (const auto& c : clients) borrowed.push_back(c.get());
    const AttemptObserver observer = [this](const AttemptRecord& a) {
      if (env_.observer != nullptr) env_.observer->onAttempt(account_.name, a);
    };
    ParticipantRefresh refresh(ParticipantRefreshContext{
        store, borrowed, account_, config.participants, config.api.page_size, key, *env_.clock,
        *env_.stop, observer, log_});
    participants_ = refresh.run(merged_at);
    store.finish({participants_.requests, participants_.error_code, participants_.error_request_id,
                  participants_.error_message, participants_.request_ids});
  } catch (const DatabaseError& e) {
    participants_.error_code = e.code();
    participants_.error_message = e.what();
    log_.error("participants: {}: {}; the groups are synced, members wait for the next run",
               e.code(), e.what());
    if (dry_run_tx == nullptr)
      resources_.data.reset();
    else
      throw;  // the dry run's transaction is gone: the run failed
  } catch (const SchemaTooNew& e) {
    participants_.error_code = kSchemaTooNewCode;
    participants_.error_message = e.what();
    log_.error("participants: {}", e.what());
    if (dry_run_tx != nullptr) throw;
  }
}

std::vector<std::unique_ptr<ApiClient>> AccountRun::makeClients(
    const ResolvedCredentials& credentials) const {
  const Config& config = *env_.config;
  ApiClientOptions o;
  o.host = config.api.endpoint;
  o.max_attempts = config.api.max_attempts;
  o.page_deadline = config.api.request_timeout * config.api.max_attempts + Millis{60'000};
  std::vector<std::unique_ptr<ApiClient>> out;
  for (HttpTransport* t : resources_.transports) {
    out.push_back(std::make_unique<ApiClient>(*t, *env_.limiters.at(account_.credentials),
                                              credentials, *env_.clock, *env_.random, *env_.stop, o,
                                              log_));
  }
  return out;
}

void AccountRun::finishRecordAlone() {
  if (recorded_) finishRunAlone(resources_.data, run_id_, runEnd());
}

void AccountRun::recordFailure(StepFailure failure) {
  const bool database =
      failure.kind == FailureKind::kDatabase || failure.kind == FailureKind::kDatabaseUnavailable;
  facts_.failure = std::move(failure);
  counts_ = {};  // whatever was merged rolled back
  verdict_ = decideOutcome(facts_, {});
  if (!database) return;
  resources_.data.reset();
  try {  // record the failure if the database is back already
    finishRecordAlone();
  } catch (const std::exception&) {
    // still down: the account's next run records it first
    if (recorded_) env_.unrecorded->keep(account_.name, {run_id_, runEnd()});
  }
}

RunEnd AccountRun::runEnd() const {
  std::lock_guard lock(ids_mutex_);
  return RunEnd{verdict_.status,       pages_, counts_, request_ids_, verdict_.error_code,
                verdict_.error_message};
}

RunReport AccountRun::report() const {
  RunReport r;
  r.account = account_.name;
  r.run_id = run_id_;
  r.dry_run = options_.dry_run;
  r.status = verdict_.status;
  r.error_code = verdict_.error_code;
  r.error_message = verdict_.error_message;
  if (facts_.failure) {
    r.failure = facts_.failure->kind;
  } else if (!r.ok() && r.status != RunStatus::kSkipped) {
    r.failure = FailureKind::kRun;
  }
  r.counts = counts_;
  r.pages = pages_;
  r.changes = changes_;
  r.other_run_id = other_run_id_;
  if (last_success_) {
    r.groups_present = last_success_->groups_seen;
    r.last_success_duration = last_success_->duration;
  }
  r.participants = participants_;
  if (verdict_.apply && facts_.removals) {
    r.groups_present =
        facts_.removals->present_before + counts_.added + counts_.restored - counts_.removed;
  }
  std::lock_guard lock(ids_mutex_);
  r.requests = request_ids_.size();
  if (!request_ids_.empty()) {
    r.first_request_id = request_ids_.front();
    r.last_request_id = request_ids_.back();
  }
  return r;
}

void AccountRun::logSummary(const RunReport& r) const {
  const bool quiet = r.ok() || r.status == RunStatus::kSkipped;
  log_.event(quiet ? spdlog::level::info : spdlog::level::warn,
             options_.dry_run ? "dry run finished" : "run finished", runSummaryFields(r));
}

}  // namespace cgs
