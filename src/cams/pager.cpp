#include "cams/pager.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "cams/seen_group_ids.h"

namespace cgs {
namespace {

// Room reserved for the pass's GroupIds up front, from page 1's Total (which a broken response can
// make absurd): more grows the vector as needed.
constexpr std::int64_t kReserveIds = 4'000'000;

struct Arrival {
  int index;
  std::variant<ListChatGroupPage, ApiError> result;
};

// Fetches pages [2, last] on worker threads, handing them to the caller's thread in arrival
// order. At most `capacity` fetched pages wait in the queue.
class PageQueue {
 public:
  explicit PageQueue(std::size_t capacity) : capacity_(capacity) {}

  void push(Arrival a) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return queue_.size() < capacity_ || abandoned_; });
    if (abandoned_) return;
    queue_.push_back(std::move(a));
    ready_.notify_one();
  }
  Arrival pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return !queue_.empty(); });
    Arrival a = std::move(queue_.front());
    queue_.pop_front();
    space_.notify_one();
    return a;
  }
  void abandon() {
    std::lock_guard lock(mutex_);
    abandoned_ = true;
    queue_.clear();
    space_.notify_all();
  }
  [[nodiscard]] bool abandoned() const {
    std::lock_guard lock(mutex_);
    return abandoned_;
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable ready_, space_;
  std::deque<Arrival> queue_;
  std::size_t capacity_;
  bool abandoned_ = false;
};

struct Pass {
  ListingOutcome::Status status = ListingOutcome::Status::kComplete;
  std::int64_t total = 0;
  int pages = 0;
  std::int64_t groups = 0;
  std::string inconsistency;
  std::optional<ApiError> error;
};

class PassRunner {
 public:
  PassRunner(const std::vector<PageSource*>& sources, int page_size, PageConsumer& consumer,
             const StopSignal& stop, bool run_to_end)
      : sources_(sources),
        page_size_(page_size),
        consumer_(consumer),
        stop_(stop),
        run_to_end_(run_to_end) {}

  Pass run() {
    auto first = sources_.front()->fetch(1);
    if (auto* e = std::get_if<ApiError>(&first)) return failed(std::move(*e));
    auto& page1 = std::get<ListChatGroupPage>(first);
    pass_.total = page1.total;
    seen_.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(pass_.total, 0, kReserveIds)));
    const std::int64_t page_count =
        std::max<std::int64_t>(1, (pass_.total + page_size_ - 1) / page_size_);
    last_page_ = static_cast<int>(page_count);
    if (!accept(1, std::move(page1)) && (!run_to_end_ || short_at_ != 0)) return finish();
    if (last_page_ > 1) fetchRest();
    return finish();
  }

 private:
  void fetchRest() {
    const std::size_t workers =
        std::min<std::size_t>(sources_.size(), static_cast<std::size_t>(last_page_ - 1));
    PageQueue queue(workers);
    std::atomic<int> next{2};
    std::vector<std::thread> threads;
    threads.reserve(workers);
    // The consumer may throw (the database went away mid-listing): the workers are stopped and
    // joined on every way out, or the std::thread destructors would terminate the process.
    struct JoinOnExit {
      PageQueue& queue;
      std::vector<std::thread>& threads;
      ~JoinOnExit() {
        queue.abandon();
        for (auto& t : threads) t.join();
      }
    } join_on_exit{queue, threads};
    for (std::size_t w = 0; w < workers; ++w) {
      threads.emplace_back([&, source = sources_[w]] {
        for (int i = next++; i <= last_page_ && !queue.abandoned(); i = next++) {
          queue.push({i, source->fetch(i)});
        }
      });
    }
    // Pages arrive in any order: on the last pass, a short page ends the listing where it is, and
    // the pages before it that are still on their way are taken before the pass ends.
    std::vector<bool> arrived(static_cast<std::size_t>(last_page_) + 1, false);
    const auto before_end_arrived = [&] {
      for (int i = 2; i < short_at_; ++i) {
        if (!arrived[static_cast<std::size_t>(i)]) return false;
      }
      return true;
    };
    for (int received = 1; received < last_page_; ++received) {
      Arrival a = queue.pop();
      if (auto* e = std::get_if<ApiError>(&a.result)) {
        pass_.status = e->kind == ApiErrorKind::kCancelled ? ListingOutcome::Status::kCancelled
                                                           : ListingOutcome::Status::kFailed;
        pass_.error = std::move(*e);
        break;
      }
      arrived[static_cast<std::size_t>(a.index)] = true;
      const bool past_end = short_at_ != 0 && a.index > short_at_;
      if (!past_end && !accept(a.index, std::get<ListChatGroupPage>(std::move(a.result))) &&
          !run_to_end_) {
        break;
      }
      if (short_at_ != 0 && before_end_arrived()) break;
    }
  }

  // Checks one page against the listing so far and consumes it. False once inconsistent.
  bool accept(int index, ListChatGroupPage page) {
    const std::int64_t before = static_cast<std::int64_t>(index - 1) * page_size_;
    const std::int64_t expected =
        index < last_page_ ? page_size_ : std::max<std::int64_t>(0, pass_.total - before);
    if (page.total != pass_.total) {
      inconsistent(fmt::format("Total changed from {} to {} at page {} (request {})", pass_.total,
                               page.total, index, page.request_id));
    } else if (static_cast<std::int64_t>(page.groups.size()) != expected) {
      if (static_cast<std::int64_t>(page.groups.size()) < expected) {
        short_at_ = short_at_ == 0 ? index : std::min(short_at_, index);
      }
      inconsistent(fmt::format("page {} has {} groups, expected {} of Total {}{} (request {})",
                               index, page.groups.size(), expected, pass_.total,
                               page.groups.empty() ? " (an empty page before the end)" : "",
                               page.request_id));
    }
    for (std::size_t i = 0; i < page.groups.size(); ++i) {
      if (seen_.insert(page.groups[i].group_id)) continue;
      page.repeated.push_back(i);
      inconsistent(fmt::format("GroupId {} appears more than once (page {}, request {})",
                               page.groups[i].group_id, index, page.request_id));
    }
    pass_.pages += 1;
    pass_.groups += static_cast<std::int64_t>(page.groups.size());
    consumer_.consume(std::move(page));
    return pass_.inconsistency.empty();
  }

  void inconsistent(std::string why) {
    if (pass_.inconsistency.empty()) pass_.inconsistency = std::move(why);
  }

  Pass failed(ApiError e) {
    pass_.status = e.kind == ApiErrorKind::kCancelled ? ListingOutcome::Status::kCancelled
                                                      : ListingOutcome::Status::kFailed;
    pass_.error = std::move(e);
    return pass_;
  }

  Pass finish() {
    if (pass_.status != ListingOutcome::Status::kComplete) return pass_;
    if (stop_.stopped()) {
      pass_.status = ListingOutcome::Status::kCancelled;
      return pass_;
    }
    if (pass_.inconsistency.empty() && pass_.groups != pass_.total) {
      inconsistent(
          fmt::format("{} distinct groups listed but Total is {}", pass_.groups, pass_.total));
    }
    if (!pass_.inconsistency.empty()) pass_.status = ListingOutcome::Status::kIncomplete;
    return pass_;
  }

  const std::vector<PageSource*>& sources_;
  const int page_size_;
  PageConsumer& consumer_;
  const StopSignal& stop_;
  const bool run_to_end_;
  int last_page_ = 1;
  // After an inconsistency only the last pass fetches on (its groups are still recorded as seen),
  // and only up to the first page that came with fewer groups than its place needs: a short or
  // empty page is where the listing really ends, whatever Total claims (a Total that lies with
  // empty pages would otherwise cost one request per page it claims: 500,000 at the largest Total
  // accepted). Its index, 0 until one came.
  int short_at_ = 0;
  Pass pass_;
  SeenGroupIds seen_;
};

}  // namespace

ListingOutcome runListing(const std::vector<PageSource*>& sources, const PagerOptions& options,
                          PageConsumer& consumer, const StopSignal& stop) {
  ListingOutcome out;
  for (int pass_no = 0;; ++pass_no) {
    const bool last_pass = pass_no >= options.max_restarts;
    if (pass_no > 0) consumer.reset();
    Pass p = PassRunner(sources, options.page_size, consumer, stop, last_pass).run();
    out.status = p.status;
    out.total = p.total;
    out.pages = p.pages;
    out.groups = p.groups;
    out.inconsistency = p.inconsistency;
    out.error = std::move(p.error);
    out.restarts = pass_no;
    if (p.status != ListingOutcome::Status::kIncomplete || last_pass) return out;
  }
}

}  // namespace cgs
