#include "sync/numbers_step.h"

#include <set>

#include <fmt/format.h>

#include "cams/api_client.h"

namespace cgs {
namespace {

constexpr int kInstancePageSize = 100;

}  // namespace

NumbersStep::NumbersStep(const StepContext& context, const DiscoveryConfig& discovery,
                         RateLimiter& numbers_pace, DiscoveryRunEnd& record)
    : ctx_(context), discovery_(discovery), numbers_pace_(numbers_pace), record_(record) {}

void NumbersStep::run() {
  ran_ = true;
  const auto clients = ctx_.clients();
  ApiClient& client = *clients.front();
  if (!listInstances(client)) {
    record_.status = ctx_.env.stop->stopped() ? RunStatus::kAborted : RunStatus::kFailed;
    return;
  }
  listNumbers(client);
  if (ctx_.env.stop->stopped()) {
    record_.status = RunStatus::kAborted;
    record_.error_code = "Aborted";
    record_.error_message = "stopped before the listing was complete; nothing applied";
    return;
  }
  if (record_.spaces > 0 && record_.spaces_failed == record_.spaces) {
    record_.status = RunStatus::kFailed;  // no space answered: nothing is known to apply
    return;
  }
  record_.status = record_.spaces_failed > 0 ? RunStatus::kIncomplete : RunStatus::kSucceeded;
  if (record_.spaces_failed > 0) {
    record_.error_message = fmt::format(
        "{} of {} space(s) could not be listed: their numbers are kept as they were ({})",
        record_.spaces_failed, record_.spaces, record_.error_message);
  }
  const InventoryChanges changes = InventoryStore(ctx_.data).apply(listing_, ctx_.scope, record_);
  changes_ = changes.numbers;
  record_.changes = changes.numbers;
  ctx_.log.info(
      "inventory applied: {} instance(s), {} space(s) ({} not answered), {} number(s); {} "
      "number change(s), {} instance row(s) written",
      record_.instances, record_.spaces, record_.spaces_failed, record_.numbers,
      changes.numbers.total(), changes.instances_written);
}

// Every page of the credential set's instances, until a page completes TotalCount or comes back
// empty. False (the pass fails) when a page could not be listed.
bool NumbersStep::listInstances(ApiClient& client) {
  const AttemptObserver observe = counting();
  for (int page = 1;; ++page) {
    auto result = client.listInstancePage(
        ListInstanceParams{discovery_.channel_type, page, kInstancePageSize}, observe);
    if (auto* e = std::get_if<ApiError>(&result)) {
      noteError(*e);
      ctx_.log.error("ListInstance page {} failed: {}; nothing is applied", page, e->describe());
      return false;
    }
    auto& p = std::get<InstancePage>(result);
    noteRequest(p.request_id);
    const bool empty = p.instances.empty();
    for (auto& i : p.instances) listing_.instances.push_back(std::move(i));
    if (empty || static_cast<std::int64_t>(page) * kInstancePageSize >= p.total) break;
  }
  record_.instances = static_cast<std::int64_t>(listing_.instances.size());
  return true;
}

// Each covered space once, in order, at most numbers_pace_'s rate.
void NumbersStep::listNumbers(ApiClient& client) {
  std::set<std::string> spaces;
  for (const auto& i : listing_.instances) {
    if (discovery_.coversSpace(i.cust_space_id)) spaces.insert(i.cust_space_id);
  }
  const AttemptObserver observe = counting();
  for (const auto& space : spaces) {
    if (!awaitSlot()) return;  // stopped
    ++record_.spaces;
    auto result = client.queryPhoneNumbers(space, observe);
    if (auto* e = std::get_if<ApiError>(&result)) {
      if (e->family() == CodeFamily::kCancelled) return;
      ++record_.spaces_failed;
      noteError(*e);
      ctx_.log.error("QueryChatappPhoneNumbers for space {} failed: {}; its numbers are kept",
                     space, e->describe());
      continue;
    }
    auto& p = std::get<PhoneNumbersPage>(result);
    noteRequest(p.request_id);
    listing_.answered.push_back(space);
    for (auto& n : p.numbers) listing_.numbers.push_back({space, std::move(n)});
  }
  record_.numbers = static_cast<std::int64_t>(listing_.numbers.size());
}

// Waits for QueryChatappPhoneNumbers' next slot. A slot this process woke for too late is
// given up for the next one, as the credential set's limiter does (cams/rate_limiter.h), so a
// late request never crowds a second at the gateway. False when stopped.
bool NumbersStep::awaitSlot() {
  Clock& clock = *ctx_.env.clock;
  for (int missed = 0;; ++missed) {
    const SteadyTime at = numbers_pace_.reserve(clock.now());
    if (!clock.sleepUntil(at, *ctx_.env.stop)) return false;
    if (RateLimiter::onTime(at, clock.now()) || missed == RateLimiter::kMaxMissedSlots) return true;
  }
}

// The run's observer, counting each attempt as one of this step's requests.
AttemptObserver NumbersStep::counting() {
  return [this](const AttemptRecord& a) {
    ++requests_;
    if (ctx_.observer) ctx_.observer(a);
  };
}

void NumbersStep::noteError(const ApiError& e) {
  rethrowCause(e);  // the database failed the pass, not the API
  noteRequest(e.request_id);
  record_.error_code = e.code;
  record_.error_message = e.describe();
  failure_ = StepFailure{FailureKind::kRun, e.code, e.describe()};
}

void NumbersStep::noteRequest(const std::string& request_id) {
  if (!request_id.empty()) record_.request_ids.push_back(request_id);
}

ResourceReport NumbersStep::report() const {
  ResourceReport r;
  r.kind = kind();
  r.ran = ran_;
  r.changes = changes_;
  r.requests = requests_;
  r.failure = failure_;
  return r;
}

}  // namespace cgs
