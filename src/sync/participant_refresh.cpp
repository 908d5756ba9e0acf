#include "sync/participant_refresh.h"

#include <thread>

#include <fmt/format.h>

#include "sync/participant_policy.h"

namespace cgs {
namespace {

// A batch is applied when it holds this many groups or is this old, whichever comes first: few
// transactions for a large refresh, and little work lost or delayed for a small one.
constexpr std::size_t kBatchGroups = 200;
constexpr Millis kBatchAge{1000};

}  // namespace

ParticipantRefresh::ParticipantRefresh(ParticipantRefreshContext context)
    : ctx_(std::move(context)) {}

ParticipantRefresh::~ParticipantRefresh() { joinAll(); }

void ParticipantRefresh::joinAll() {
  halt_ = true;
  for (auto& t : threads_) {
    if (t.joinable()) t.join();
  }
  threads_.clear();
}

ParticipantReport ParticipantRefresh::run(const std::string& merged_at) {
  report_.ran = true;
  const auto backoff = ctx_.store.backoff();
  if (backoff && backoff->active) {
    report_.backing_off = true;
    report_.retry_after = backoff->retry_after;
    ctx_.log.info("participants: no request until {} ({} consecutive denial(s), last {})",
                  backoff->retry_after, backoff->denials, backoff->error_code);
    return report_;
  }
  const int budget = ctx_.config.max_requests_per_run;
  candidates_ = ctx_.store.candidates(merged_at, ctx_.config.refresh, budget);
  if (candidates_.empty()) return report_;  // a steady account: nothing to ask
  int by_reason[4] = {0, 0, 0, 0};
  for (const auto& c : candidates_) ++by_reason[static_cast<int>(c.reason)];
  ctx_.log.info(
      "participants: refreshing {} group(s): {} new or restored, {} with a moved count, "
      "{} due",
      candidates_.size(), by_reason[1], by_reason[2], by_reason[3]);
  budget_ = budget;
  for (ApiClient* client : ctx_.clients) {
    threads_.emplace_back([this, client] { fetchLoop(*client); });
  }
  try {
    applyFetched();
  } catch (...) {
    joinAll();
    throw;
  }
  joinAll();
  {
    std::lock_guard lock(mutex_);
    report_.requests = attempts_;
    report_.request_ids = std::move(request_ids_);
  }
  updateBackoff(backoff);
  return report_;
}

void ParticipantRefresh::applyFetched() {
  std::vector<GroupMembers> batch;
  SteadyTime batch_started{};
  for (;;) {
    std::deque<Fetched> ready;
    const bool done = takeFetched(ready);
    for (auto& f : ready) {
      if (batch.empty()) batch_started = ctx_.clock.now();
      consume(std::move(f), batch);
    }
    if (!batch.empty() &&
        (done || batch.size() >= kBatchGroups || ctx_.clock.now() - batch_started >= kBatchAge)) {
      applyBatch(batch);
    }
    if (done) return;
  }
}

void ParticipantRefresh::updateBackoff(const std::optional<ParticipantBackoff>& backoff) {
  if (denial_) {
    const int denials = backoff ? backoff->denials + 1 : 1;
    const Millis wait = participantBackoff(denials, ctx_.config.refresh);
    ctx_.store.recordDenial(denial_->code, denial_->request_id, wait);
    ctx_.log.warn(
        "participants: {} (request {}): this key may not list members, or the API is not enabled "
        "for the account; the groups are synced, members left as they are; next try in {}",
        denial_->code, denial_->request_id.empty() ? "-" : denial_->request_id,
        formatDuration(wait));
  } else if (backoff && any_success_) {
    ctx_.store.clearBackoff();
  }
}

void ParticipantRefresh::fetchLoop(ApiClient& client) {
  while (!halt_ && !ctx_.stop.stopped()) {
    const std::size_t i = next_++;
    if (i >= candidates_.size()) break;
    Fetched f = fetchGroup(client, candidates_[i]);
    const bool stop = f.failure && (f.failure->denied || f.failure->stop);
    if (stop) halt_ = true;
    {
      std::lock_guard lock(mutex_);
      fetched_.push_back(std::move(f));
    }
    ready_.notify_one();
  }
  {
    std::lock_guard lock(mutex_);
    ++fetchers_done_;
  }
  ready_.notify_one();
}

ParticipantRefresh::Fetched ParticipantRefresh::fetchGroup(ApiClient& client,
                                                           const RefreshCandidate& group) {
  Fetched out{group, std::nullopt, std::nullopt};
  const AttemptObserver observer = [this](const AttemptRecord& a) {
    {
      std::lock_guard lock(mutex_);
      ++attempts_;
      if (!a.request_id.empty()) request_ids_.push_back(a.request_id);
    }
    if (ctx_.observer) ctx_.observer(a);
  };
  ListParticipantsParams params;
  params.cust_space_id = ctx_.account.cust_space_id;
  params.business_number = ctx_.account.business_number;
  params.group_id = group.group_id;
  params.channel_type = ctx_.account.channel_type;
  params.page_size = ctx_.page_size;
  std::vector<ParticipantsPage> pages;
  int needed = 1;
  for (int index = 1; index <= needed; ++index) {
    if (budget_.fetch_sub(1) <= 0) return out;  // the run's budget is spent: next run
    params.page_index = index;
    auto result = client.listParticipantsPage(params, observer);
    if (auto* e = std::get_if<ApiError>(&result)) {
      const ParticipantFailure kind = classifyParticipantFailure(*e);
      out.failure = Failure{e->code, e->request_id, e->message, kind == ParticipantFailure::kDenied,
                            kind == ParticipantFailure::kStop};
      return out;
    }
    pages.push_back(std::move(std::get<ParticipantsPage>(result)));
    if (index == 1) needed = memberPages(pages.front().total, ctx_.page_size);
    if (pages.back().numbers.empty()) break;  // a short listing: the check below refuses it
  }
  auto complete = completeMemberList(pages);
  if (auto* why = std::get_if<std::string>(&complete)) {
    out.failure = Failure{"Participants.Inconsistent", pages.back().request_id,
                          "the member listing is inconsistent: " + *why, false, false};
    return out;
  }
  GroupMembers members{group.group_id, group.total_participant_count, {}};
  for (const auto& n : std::get<std::vector<std::string>>(complete)) {
    members.numbers.push_back(storedNumber(ctx_.key, n));
  }
  out.members = std::move(members);
  return out;
}

bool ParticipantRefresh::takeFetched(std::deque<Fetched>& ready) {
  std::unique_lock lock(mutex_);
  ctx_.clock.waitUntil(ready_, lock, ctx_.clock.now() + std::chrono::milliseconds(100),
                       [&] { return !fetched_.empty() || fetchers_done_ == threads_.size(); });
  ready.swap(fetched_);
  return fetchers_done_ == threads_.size() && ready.empty();
}

void ParticipantRefresh::consume(Fetched&& f, std::vector<GroupMembers>& batch) {
  if (f.members) {
    any_success_ = true;
    batch.push_back(std::move(*f.members));
    return;
  }
  if (!f.failure) return;  // budget spent before this group
  const Failure& e = *f.failure;
  report_.error_code = e.code;
  report_.error_request_id = e.request_id;
  report_.error_message = e.message;
  if (e.denied) {
    if (!denial_) denial_ = e;
    return;
  }
  ++report_.groups_skipped;
  if (e.stop) {
    ctx_.log.warn(
        "participants: {} (request {}) listing group {}: {}; the rest wait for the next run",
        e.code, e.request_id.empty() ? "-" : e.request_id, f.group.group_id, e.message);
  } else {
    ctx_.log.warn("participants: group {}: {} (request {}): {}; its members are left as they were",
                  f.group.group_id, e.code, e.request_id.empty() ? "-" : e.request_id, e.message);
  }
}

void ParticipantRefresh::applyBatch(std::vector<GroupMembers>& batch) {
  report_.counts += ctx_.store.apply(batch);
  batch.clear();
}

}  // namespace cgs
