#include "sync/discovery_run.h"

#include <fmt/format.h>
#include <pqxx/pqxx>

#include "cams/api_client.h"
#include "common/crypto.h"
#include "store/account_lock.h"
#include "store/database_error.h"
#include "sync/credentials.h"
#include "sync/numbers_step.h"
#include "sync/write_scope.h"

namespace cgs {
namespace {

// The account a discovery pass's steps see: no space or number of its own, the discovery's
// credential set.
AccountConfig discoveryAccount(const DiscoveryConfig& d) {
  AccountConfig a;
  a.name = std::string(kDiscoveryName);
  a.credentials = d.credentials;
  return a;
}

std::string summaryOf(const DiscoveryReport& r) {
  const auto& e = r.end;
  return fmt::format(
      "{} instance(s), {} space(s) ({} not answered), {} number(s): {} added, {} updated, {} "
      "removed, {} restored; {} request(s)",
      e.instances, e.spaces, e.spaces_failed, e.numbers, e.changes[ChangeType::kPhoneNumberAdded],
      e.changes[ChangeType::kPhoneNumberUpdated], e.changes[ChangeType::kPhoneNumberRemoved],
      e.changes[ChangeType::kPhoneNumberRestored], r.numbers.requests);
}

}  // namespace

DiscoveryRunner::DiscoveryRunner(std::string conninfo, std::string schema)
    : data_(conninfo, schema),
      lock_session_(std::move(conninfo), std::move(schema)),
      numbers_pace_(kQueryPhoneNumbersQps, std::make_shared<LocalQuotaLedger>()) {}

DiscoveryReport DiscoveryRunner::run(const SyncEnvironment& env, const DiscoveryRequest& request) {
  DiscoveryReport report;
  report.run_id = newUuid();
  started_record_ = false;
  const SteadyTime started = env.clock->now();
  const Log log = env.log.with("discovery_run", report.run_id);
  try {
    pass(env, request, report, log);
  } catch (...) {
    const StepFailure f = currentFailure();
    report.status = RunStatus::kFailed;
    report.failure = f.kind;
    report.end.status = RunStatus::kFailed;
    report.end.error_code = f.code;
    report.end.error_message = f.message;
    log.error("discovery failed: {}: {}", f.code, f.message);
    data_.reset();
    if (started_record_) {
      try {  // record the failure if the database is back already (else the next pass aborts it)
        InventoryStore(data_).finishRunAlone(report.run_id, report.end);
      } catch (const std::exception&) {
      }
    }
    lock_session_.reset();
    locked_ = false;
  }
  if (locked_) {
    try {
      unlock();
    } catch (const std::exception&) {
      lock_session_.reset();  // the lock dies with the session
      locked_ = false;
    }
  }
  report.duration = std::chrono::duration_cast<Millis>(env.clock->now() - started);
  if (report.status != RunStatus::kSkipped) {
    log.event(
        report.applied() ? spdlog::level::info : spdlog::level::warn, "discovery finished",
        {{"status", std::string(runStatusName(report.status))},
         {"summary", summaryOf(report)},
         {"duration_ms", std::to_string(report.duration.count())},
         {"error_code", report.end.error_code},
         {"first_request_id", report.end.request_ids.empty() ? "" : report.end.request_ids.front()},
         {"last_request_id", report.end.request_ids.empty() ? "" : report.end.request_ids.back()}});
  }
  return report;
}

void DiscoveryRunner::pass(const SyncEnvironment& env, const DiscoveryRequest& request,
                           DiscoveryReport& report, const Log& log) {
  const Config& config = *env.config;
  if (!config.discovery) {
    report.status = RunStatus::kSkipped;
    report.skipped_because = "no discovery: section";
    return;
  }
  const DiscoveryConfig& d = *config.discovery;
  InventoryStore store(data_);
  if (!lock(env, request)) {
    report.status = RunStatus::kSkipped;
    report.skipped_because = "another replica is listing the inventory";
    log.info("discovery: {}; skipping", report.skipped_because);
    return;
  }
  if (auto recent = listedRecently(store, env, request)) {
    report.status = RunStatus::kSkipped;
    report.skipped_because = std::move(*recent);
    log.debug("discovery: {}; not due", report.skipped_because);
    return;
  }
  const AccountConfig account = discoveryAccount(d);
  std::optional<ResolvedCredentials> credentials;
  store.startRun({report.run_id, d.credentials, request.trigger, env.host, env.pid});
  started_record_ = true;
  try {
    credentials = resolveCredentials(*config.findCredentials(d.credentials), env.env);
    env.redactor->add(credentials->access_key_secret);
    env.redactor->add(credentials->security_token);
  } catch (const CredentialError& e) {
    report.status = report.end.status = RunStatus::kFailed;
    report.end.error_code = "Credentials.Unavailable";
    report.end.error_message = e.what();
    log.error("discovery: {}", e.what());
    store.finishRunAlone(report.run_id, report.end);
    return;
  }
  log.info("discovery started (trigger {}, credentials {}, ChannelType {})", request.trigger,
           d.credentials, d.channel_type);
  const auto& api = config.api;
  transport_ = std::make_unique<CurlTransport>(CurlTransportOptions{
      api.scheme, api.connect_timeout, api.request_timeout, 64u << 20, &env.stop->flag()});
  const RunOptions options{request.trigger, false, false, {}};
  const StepContext context{
      data_,
      account,
      env,
      options,
      *credentials,
      discoveryWriteScope(config, report.run_id, env.schema_version),
      log,
      [this, &env, &credentials, &log, &d] { return makeClients(env, *credentials, log, d); },
      [&env](const AttemptRecord& a) {
        if (env.observer != nullptr) env.observer->onAttempt(std::string(kDiscoveryName), a);
      }};
  NumbersStep step(context, d, numbers_pace_, report.end);
  step.run();
  report.numbers = step.report();
  report.status = report.end.status;
  if (!report.applied()) store.finishRunAlone(report.run_id, report.end);
}

std::optional<std::string> DiscoveryRunner::listedRecently(InventoryStore& store,
                                                           const SyncEnvironment& env,
                                                           const DiscoveryRequest& request) {
  if (request.listed_since == SteadyTime{}) return std::nullopt;
  const auto window = std::chrono::duration_cast<Millis>(env.clock->now() - request.listed_since);
  const auto since = store.sinceLastListing();
  if (!since || *since >= window) return std::nullopt;
  return fmt::format("a listing ended {} ago", formatElapsed(*since));
}

// One client on this pass's connection, paced by the credential set's shared limiter.
std::vector<std::unique_ptr<ApiClient>> DiscoveryRunner::makeClients(
    const SyncEnvironment& env, const ResolvedCredentials& credentials, const Log& log,
    const DiscoveryConfig& d) {
  std::vector<std::unique_ptr<ApiClient>> out;
  out.push_back(env.apiClient(*transport_, d.credentials, credentials, log));
  return out;
}

std::vector<KnownNumber> DiscoveryRunner::knownNumbers() {
  return InventoryStore(data_).knownNumbers();
}

bool DiscoveryRunner::lock(const SyncEnvironment& env, const DiscoveryRequest& request) {
  for (;;) {
    locked_ = withDatabaseErrors([&] {
      pqxx::nontransaction tx(lock_session_.get());
      return tryLockDiscovery(tx, lock_session_.schema());
    });
    if (locked_ || !request.wait_for_other) return locked_;
    if (!env.clock->sleepUntil(env.clock->now() + Millis{250}, *env.stop)) return false;
  }
}

void DiscoveryRunner::unlock() {
  withDatabaseErrors([&] {
    pqxx::nontransaction tx(lock_session_.get());
    unlockDiscovery(tx, lock_session_.schema());
  });
  locked_ = false;
}

}  // namespace cgs
