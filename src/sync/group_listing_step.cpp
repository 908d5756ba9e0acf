#include "sync/group_listing_step.h"

#include "cams/api_client.h"

namespace cgs {
namespace {

// Feeds pages from the pager into the listing's COPY (on the pager's calling thread), noting the
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
    return client_->listChatGroupPage(p, observer_);
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

GroupListingStep::GroupListingStep(const StepContext& context, RunState& state)
    : ctx_(context), state_(state) {}

GroupListingStep::~GroupListingStep() = default;

void GroupListingStep::run() {
  ran_ = true;
  apply_ = ListingApply::open(ctx_.data, ctx_.scope, !ctx_.options.dry_run);
  state_.facts.listing = list(*apply_);
  // No send slot because the quota's ledger, in the mirror's database, could not be reached: the
  // database failed this run, and the run is recorded and retried as any database failure.
  if (const auto& failed = state_.facts.listing->error) rethrowCause(*failed);
  check(*apply_);
  if (state_.verdict.apply) {
    state_.counts = apply_->merge(state_.verdict.remove_absent);
    merged_at_ = apply_->mergedAt();
    if (ctx_.options.dry_run) return;  // kept open for the later steps, then rolled back
    apply_->commit(state_.end());
  }
  apply_.reset();  // what was staged and not applied is rolled back
}

ListingOutcome GroupListingStep::list(ListingApply& apply) {
  const Config& config = *ctx_.env.config;
  const AttemptObserver observer = [this](const AttemptRecord& a) {
    if (ctx_.observer) ctx_.observer(a);
    if (!a.request_id.empty()) state_.noteRequest(a.request_id);
  };
  std::vector<std::unique_ptr<ClientPageSource>> owned;
  std::vector<PageSource*> sources;
  for (auto& client : ctx_.clients()) {
    owned.push_back(std::make_unique<ClientPageSource>(
        std::move(client), listingParams(ctx_.account, config.api.page_size), observer));
    sources.push_back(owned.back().get());
  }
  StagingConsumer consumer(apply, mistyped_);
  ListingOutcome outcome =
      runListing(sources, PagerOptions{config.api.page_size, 2}, consumer, *ctx_.env.stop);
  state_.pages = outcome.pages;
  for (const auto& [field, note] : mistyped_) {  // once per field and run
    ctx_.log.warn(
        "{}: {} item(s) with a value of the wrong JSON type (first: group {}, request {}); "
        "its column is NULL, the value stays in raw",
        field, note.items, note.group_id, note.request_id);
  }
  return outcome;
}

void GroupListingStep::check(ListingApply& apply) {
  const Config& config = *ctx_.env.config;
  const OutcomeRules rules{config.safety.max_removal_share, ctx_.options.allow_mass_removal,
                           config.api.page_size};
  const auto status = state_.facts.listing->status;
  const bool complete = status == ListingOutcome::Status::kComplete;
  if (complete || status == ListingOutcome::Status::kIncomplete) {
    state_.counts.groups_seen = apply.seal(complete);
    if (complete) state_.facts.removals = apply.checkRemovals();
  }
  state_.verdict = decideOutcome(state_.facts, rules);
  if (state_.verdict.status == RunStatus::kHeld ||
      state_.verdict.status == RunStatus::kIncomplete) {
    ctx_.log.warn("{}", state_.verdict.error_message);
  }
}

pqxx::work* GroupListingStep::dryRunTransaction() {
  return apply_ ? &apply_->transaction() : nullptr;
}

std::vector<ChangeRow> GroupListingStep::changes() {
  return apply_ ? apply_->changes() : std::vector<ChangeRow>{};
}

ResourceReport GroupListingStep::report() const {
  ResourceReport r;
  r.kind = kind();
  r.ran = ran_;
  r.changes = state_.counts.tally();
  r.requests = static_cast<std::int64_t>(state_.requestIds().size());
  r.failure = state_.facts.failure;
  return r;
}

}  // namespace cgs
