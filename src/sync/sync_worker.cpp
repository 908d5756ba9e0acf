#include "sync/sync_worker.h"

#include <mutex>
#include <optional>

#include <fmt/format.h>

#include "cams/api_client.h"
#include "cams/pager.h"
#include "common/crypto.h"
#include "config/credentials.h"
#include "store/database_error.h"
#include "store/listing_apply.h"

namespace cgs {
namespace {

bool sameTransportSettings(const ApiConfig& a, const ApiConfig& b) {
  return a.scheme == b.scheme && a.connect_timeout == b.connect_timeout &&
         a.request_timeout == b.request_timeout && a.max_in_flight == b.max_in_flight;
}

// Feeds pages from the pager into the staging COPY (on the pager's calling thread).
class StagingConsumer final : public PageConsumer {
 public:
  explicit StagingConsumer(ListingApply& apply) : apply_(apply) {}
  void reset() override { apply_.restart(); }
  void consume(ListChatGroupPage&& page) override {
    for (const auto& g : page.groups) apply_.add(g);
  }

 private:
  ListingApply& apply_;
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

}  // namespace

SyncWorker::SyncWorker(std::string conninfo, std::string schema)
    : data_(conninfo, schema), lock_(std::move(conninfo), std::move(schema)) {}

std::vector<HttpTransport*> SyncWorker::transportsFor(const ApiConfig& api,
                                                      const StopSignal& stop) {
  if (transports_.empty() || !sameTransportSettings(api, transports_api_)) {
    transports_.clear();
    for (int i = 0; i < api.max_in_flight; ++i) {
      transports_.push_back(std::make_unique<CurlTransport>(CurlTransportOptions{
          api.scheme, api.connect_timeout, api.request_timeout, 64u << 20, &stop.flag()}));
    }
    transports_api_ = api;
  }
  std::vector<HttpTransport*> out;
  for (auto& t : transports_) out.push_back(t.get());
  return out;
}

RunReport SyncWorker::run(const AccountConfig& account, const SyncEnvironment& env,
                          const RunOptions& options) {
  const SteadyTime started = env.clock->now();
  RunReport report;
  report.account = account.name;
  report.run_id = newUuid();
  report.dry_run = options.dry_run;
  const Log log = env.log.with("account", account.name).with("run_id", report.run_id);
  bool locked = false;
  std::vector<std::string> request_ids;  // kept when the database fails the run after paging
  try {
    if (!options.dry_run) {
      locked = lock_.tryLock(account.name);
      if (!locked) {
        report.status = "skipped";
        log.info("another replica is syncing this account; skipping this round");
        return report;
      }
    }
    runLocked(account, env, options, report, request_ids, log);
  } catch (const DatabaseError& e) {
    report.status = "failed";
    report.error_code = e.code();
    report.error_message = e.what();
    report.database_error = true;
    data_.reset();
    if (!options.dry_run) {
      try {  // record the failure if the database is back already
        finishRunAlone(data_, report.run_id,
                       {"failed", report.pages, {}, request_ids, e.code(), e.what()});
      } catch (const std::exception&) {
        // still down: the next run of this account marks this one aborted
      }
    }
  } catch (const std::exception& e) {
    report.status = "failed";
    report.error_code = "Internal";
    report.error_message = e.what();
  }
  if (locked) lock_.unlock(account.name);
  report.duration = std::chrono::duration_cast<Millis>(env.clock->now() - started);
  log.event(report.ok() || report.status == "skipped" ? spdlog::level::info : spdlog::level::warn,
            options.dry_run ? "dry run finished" : "run finished",
            {{"status", report.status},
             {"duration_ms", std::to_string(report.duration.count())},
             {"pages", std::to_string(report.pages)},
             {"requests", std::to_string(report.requests)},
             {"seen", std::to_string(report.counts.groups_seen)},
             {"added", std::to_string(report.counts.added)},
             {"updated", std::to_string(report.counts.updated)},
             {"removed", std::to_string(report.counts.removed)},
             {"restored", std::to_string(report.counts.restored)},
             {"unchanged", std::to_string(report.counts.unchanged)},
             {"error_code", report.error_code.empty() ? "-" : report.error_code},
             {"first_request_id", report.first_request_id.empty() ? "-" : report.first_request_id},
             {"last_request_id", report.last_request_id.empty() ? "-" : report.last_request_id},
             {"error", report.error_message.empty() ? "-" : report.error_message}});
  if (env.observer != nullptr && !options.dry_run) env.observer->onRunFinished(report);
  return report;
}

void SyncWorker::runLocked(const AccountConfig& account, const SyncEnvironment& env,
                           const RunOptions& options, RunReport& report,
                           std::vector<std::string>& request_ids, const Log& log) {
  const Config& config = *env.config;
  ResolvedCredentials credentials;
  try {
    credentials = resolveCredentials(*config.findCredentials(account.credentials), env.env);
  } catch (const CredentialError& e) {
    report.status = "failed";
    report.error_code = "CredentialsUnavailable";
    report.error_message = e.what();
  }
  if (!options.dry_run) {
    startRun(data_, {report.run_id, account.name, account.cust_space_id, account.business_number,
                     options.trigger, env.host, env.pid});
  }
  if (report.status == "failed") {
    if (!options.dry_run) {
      finishRunAlone(data_, report.run_id,
                     {"failed", 0, {}, {}, report.error_code, report.error_message});
    }
    return;
  }
  env.redactor->add(credentials.access_key_secret);
  env.redactor->add(credentials.security_token);
  log.info("run started (trigger {}, CustSpaceId {}, BusinessNumber {})", options.trigger,
           account.cust_space_id, account.business_number);

  std::mutex ids_mutex;
  const AttemptObserver observer = [&](const AttemptRecord& a) {
    if (env.observer != nullptr) env.observer->onAttempt(account.name, a);
    if (a.request_id.empty()) return;
    std::lock_guard lock(ids_mutex);
    request_ids.push_back(a.request_id);
  };
  ListChatGroupParams params;
  params.cust_space_id = account.cust_space_id;
  params.business_number = account.business_number;
  params.channel_type = account.channel_type;
  params.group_status = account.group_status;
  params.subject = account.subject;
  params.page_size = config.api.page_size;
  RateLimiter& limiter = *env.limiters.at(account.credentials);
  std::vector<std::unique_ptr<ClientPageSource>> owned;
  std::vector<PageSource*> sources;
  for (HttpTransport* t : transportsFor(config.api, *env.stop)) {
    ApiClientOptions o;
    o.host = config.api.endpoint;
    o.max_attempts = config.api.max_attempts;
    o.page_deadline = config.api.request_timeout * config.api.max_attempts + Millis{60'000};
    owned.push_back(std::make_unique<ClientPageSource>(
        std::make_unique<ApiClient>(*t, limiter, credentials, *env.clock, *env.random, *env.stop, o,
                                    log),
        params, observer));
    sources.push_back(owned.back().get());
  }

  std::optional<ListingApply> apply;
  apply.emplace(data_, ApplyScope{report.run_id, account.name, account.cust_space_id,
                                  account.business_number});
  StagingConsumer consumer(*apply);
  const ListingOutcome outcome =
      runListing(sources, PagerOptions{config.api.page_size, 2}, consumer, *env.stop);
  report.pages = outcome.pages;
  {
    std::lock_guard lock(ids_mutex);
    report.requests = request_ids.size();
    if (!request_ids.empty()) {
      report.first_request_id = request_ids.front();
      report.last_request_id = request_ids.back();
    }
  }
  RunEnd end;
  end.pages = outcome.pages;
  end.request_ids = request_ids;
  switch (outcome.status) {
    case ListingOutcome::Status::kComplete:
    case ListingOutcome::Status::kIncomplete: {
      const bool complete = outcome.status == ListingOutcome::Status::kComplete;
      if (!complete) {
        end.error_code = "IncompleteListing";
        end.error_message = fmt::format("{} (after {} restarts); removals skipped",
                                        outcome.inconsistency, outcome.restarts);
        log.warn("the listing stayed inconsistent: {}; applying adds and updates, no removals",
                 end.error_message);
      }
      ApplyPolicy policy;
      policy.complete = complete;
      policy.allow_mass_removal = options.allow_mass_removal;
      policy.max_removal_share = config.safety.max_removal_share;
      policy.dry_run = options.dry_run;
      ApplyResult result = apply->finish(policy, end);
      report.counts = result.counts;
      report.changes = std::move(result.changes);
      if (result.held) {
        report.status = "held";
        report.error_code = "MassRemovalHeld";
        report.error_message = fmt::format(
            "the listing would remove {} of {} present groups (more than {:.0f}%); nothing was "
            "applied. If the removals are real, run once with --allow-mass-removal",
            result.would_remove, result.present_before, config.safety.max_removal_share * 100);
        log.warn("{}", report.error_message);
      } else {
        report.status = complete ? "succeeded" : "incomplete";
        report.error_code = end.error_code;
        report.error_message = end.error_message;
        report.groups_present = result.present_before + result.counts.added +
                                result.counts.restored - result.counts.removed;
      }
      return;
    }
    case ListingOutcome::Status::kFailed:
    case ListingOutcome::Status::kCancelled: {
      const bool cancelled = outcome.status == ListingOutcome::Status::kCancelled;
      report.status = cancelled ? "aborted" : "failed";
      report.error_code = cancelled ? "Cancelled" : outcome.error->code;
      report.error_message = cancelled ? "the daemon is stopping" : outcome.error->describe();
      if (!cancelled && outcome.error->code == "InvalidParameter.PageInvalid") {
        report.error_message +=
            fmt::format(" (api.page_size is {}: the API refused that page size; lower it)",
                        config.api.page_size);
      }
      break;
    }
  }
  apply.reset();  // the listing failed: roll back what was staged, then record why
  if (!options.dry_run) {
    end.status = report.status;
    end.error_code = report.error_code;
    end.error_message = report.error_message;
    finishRunAlone(data_, report.run_id, end);
  }
}

}  // namespace cgs
