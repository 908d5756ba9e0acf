#include "cams/pager.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

namespace cgs {
namespace {

using ::testing::HasSubstr;
using Status = ListingOutcome::Status;

// Serves pages from a function of (pass, index) -> page; counts passes by page-1 fetches.
class ScriptedSource final : public PageSource {
 public:
  using Fn = std::function<std::variant<ListChatGroupPage, ApiError>(int pass, int index)>;
  ScriptedSource(Fn fn, std::atomic<int>& passes, std::atomic<int>& in_flight,
                 std::atomic<int>& max_in_flight)
      : fn_(std::move(fn)), passes_(passes), in_flight_(in_flight), max_in_flight_(max_in_flight) {}
  std::variant<ListChatGroupPage, ApiError> fetch(int index) override {
    if (index == 1) ++passes_;
    const int now = ++in_flight_;
    int seen = max_in_flight_.load();
    while (now > seen && !max_in_flight_.compare_exchange_weak(seen, now)) {
    }
    auto r = fn_(passes_.load() - 1, index);
    --in_flight_;
    return r;
  }

 private:
  Fn fn_;
  std::atomic<int>& passes_;
  std::atomic<int>& in_flight_;
  std::atomic<int>& max_in_flight_;
};

class Collector final : public PageConsumer {
 public:
  void reset() override {
    ids.clear();
    repeated.clear();
    ++resets;
  }
  void consume(ListChatGroupPage&& page) override {
    for (auto& g : page.groups) ids.push_back(g.group_id);
    for (std::size_t i : page.repeated) repeated.push_back(page.groups.at(i).group_id);
  }
  std::vector<std::string> ids;
  std::vector<std::string> repeated;  // as the pager flagged them
  int resets = 0;
};

ListChatGroupPage pageOf(std::int64_t total, int from, int count) {
  ListChatGroupPage p;
  p.total = total;
  p.request_id = "R" + std::to_string(from);
  for (int i = 0; i < count; ++i)
    p.groups.push_back({"g" + std::to_string(from + i), {}, {}, {}, {}, {}, "{}"});
  return p;
}

// A consistent listing of `total` groups, pages of `size`.
ScriptedSource::Fn listing(int total, int size) {
  return [=](int, int index) -> std::variant<ListChatGroupPage, ApiError> {
    const int from = (index - 1) * size;
    return pageOf(total, from, std::max(0, std::min(size, total - from)));
  };
}

struct Harness {
  std::atomic<int> passes{0}, in_flight{0}, max_in_flight{0};
  std::vector<std::unique_ptr<ScriptedSource>> owned;
  std::vector<PageSource*> sources;
  Collector consumer;
  StopSignal stop;

  ListingOutcome run(ScriptedSource::Fn fn, int workers, int size, int restarts = 2) {
    for (int i = 0; i < workers; ++i) {
      owned.push_back(std::make_unique<ScriptedSource>(fn, passes, in_flight, max_in_flight));
      sources.push_back(owned.back().get());
    }
    return runListing(sources, PagerOptions{size, restarts}, consumer, stop);
  }
};

TEST(Pager, ConsistentListingConcurrently) {
  Harness h;
  const auto out = h.run(listing(1234, 100), 4, 100);
  EXPECT_EQ(out.status, Status::kComplete);
  EXPECT_EQ(out.total, 1234);
  EXPECT_EQ(out.pages, 13);
  EXPECT_EQ(out.groups, 1234);
  EXPECT_EQ(out.restarts, 0);
  EXPECT_EQ(std::set<std::string>(h.consumer.ids.begin(), h.consumer.ids.end()).size(), 1234u);
  EXPECT_LE(h.max_in_flight.load(), 4);
}

// The consumer writes to the database, which can fail mid-listing: the exception reaches the
// caller after the workers stopped (it used to end the process with std::terminate).
TEST(Pager, ConsumerFailureStopsTheWorkersAndPropagates) {
  class Failing final : public PageConsumer {
   public:
    void reset() override {}
    void consume(ListChatGroupPage&& /*page*/) override {
      if (++pages == 3) throw std::runtime_error("connection lost");
    }
    int pages = 0;
  };
  std::atomic<int> passes{0}, in_flight{0}, max_in_flight{0};
  std::vector<std::unique_ptr<ScriptedSource>> owned;
  std::vector<PageSource*> sources;
  for (int i = 0; i < 4; ++i) {
    owned.push_back(
        std::make_unique<ScriptedSource>(listing(5000, 10), passes, in_flight, max_in_flight));
    sources.push_back(owned.back().get());
  }
  Failing consumer;
  StopSignal stop;
  EXPECT_THROW((void)runListing(sources, PagerOptions{10, 2}, consumer, stop), std::runtime_error);
  EXPECT_EQ(in_flight.load(), 0) << "no worker is left fetching";
}

TEST(Pager, EmptyAndSinglePageListings) {
  Harness a;
  EXPECT_EQ(a.run(listing(0, 100), 4, 100).status, Status::kComplete);
  EXPECT_TRUE(a.consumer.ids.empty());
  Harness b;
  const auto out = b.run(listing(100, 100), 4, 100);
  EXPECT_EQ(out.status, Status::kComplete);
  EXPECT_EQ(out.pages, 1);
}

TEST(Pager, DuplicateAcrossPagesIsRetriedThenIncomplete) {
  Harness h;
  const auto out = h.run(
      [](int, int index) -> std::variant<ListChatGroupPage, ApiError> {
        // page 2 repeats page 1's last id instead of its own first one
        auto p = pageOf(300, (index - 1) * 100, 100);
        if (index == 2) p.groups[0].group_id = "g99";
        return p;
      },
      2, 100);
  EXPECT_EQ(out.status, Status::kIncomplete);
  EXPECT_THAT(out.inconsistency,
              HasSubstr("GroupId g99 appears more than once (page 2, request R"));
  EXPECT_EQ(out.restarts, 2);
  EXPECT_EQ(h.passes.load(), 3);
  EXPECT_EQ(h.consumer.resets, 2);
  EXPECT_EQ(h.consumer.ids.size(), 300u) << "the last pass runs to the end";
  EXPECT_THAT(h.consumer.repeated, ::testing::ElementsAre("g99")) << "the later copy only";
}

// The consumer learns of a repeat on the page that brings it, not when the listing ends: a first
// sync copies the other groups straight into the mirror (store/first_sync_copy.h).
TEST(Pager, RepeatsAreFlaggedOnTheirPageWithinAPageToo) {
  Harness h;
  const auto out = h.run(
      [](int, int) -> std::variant<ListChatGroupPage, ApiError> {
        auto p = pageOf(4, 0, 4);
        p.groups[2].group_id = "g0";
        p.groups[3].group_id = "g0";
        return p;
      },
      1, 100, 0);
  EXPECT_EQ(out.status, Status::kIncomplete);
  EXPECT_THAT(h.consumer.ids, ::testing::ElementsAre("g0", "g1", "g0", "g0"));
  EXPECT_THAT(h.consumer.repeated, ::testing::ElementsAre("g0", "g0"));
}

TEST(Pager, AConsistentListingFlagsNothing) {
  Harness h;
  const auto out = h.run(listing(1000, 100), 4, 100);
  EXPECT_EQ(out.status, Status::kComplete);
  EXPECT_EQ(h.consumer.ids.size(), 1000u);
  EXPECT_TRUE(h.consumer.repeated.empty());
}

TEST(Pager, ShrinkingTotalIsInconsistent) {
  Harness h;
  const auto out = h.run(
      [](int, int index) -> std::variant<ListChatGroupPage, ApiError> {
        return pageOf(index == 1 ? 250 : 240, (index - 1) * 100, index == 3 ? 40 : 100);
      },
      1, 100, 0);
  EXPECT_EQ(out.status, Status::kIncomplete);
  EXPECT_THAT(out.inconsistency, HasSubstr("Total changed from 250 to 240 at page 2"));
}

TEST(Pager, GrowingListingIsRetriedAndConverges) {
  Harness h;
  const auto out = h.run(
      [](int pass, int index) -> std::variant<ListChatGroupPage, ApiError> {
        // during the first pass a group is added after page 1 was served
        const int total = (pass == 0 && index == 1) ? 200 : 201;
        const int from = (index - 1) * 100;
        return pageOf(total, from, std::min(100, total - from));
      },
      2, 100);
  EXPECT_EQ(out.status, Status::kComplete);
  EXPECT_EQ(out.restarts, 1);
  EXPECT_EQ(out.groups, 201);
  EXPECT_EQ(h.consumer.ids.size(), 201u);
}

TEST(Pager, EmptyPageBeforeTheEnd) {
  Harness h;
  const auto out = h.run(
      [](int, int index) -> std::variant<ListChatGroupPage, ApiError> {
        return pageOf(300, (index - 1) * 100, index == 2 ? 0 : 100);
      },
      2, 100, 0);
  EXPECT_EQ(out.status, Status::kIncomplete);
  EXPECT_THAT(out.inconsistency, HasSubstr("an empty page before the end"));
}

// Found by a review: a Total of 2,000 at page size 10 over 15 real groups cost 202 requests, as
// the last pass fetched every page Total claimed.
TEST(Pager, ALyingTotalCostsAFewRequestsNotOnePerClaimedPage) {
  Harness h;
  std::atomic<int> fetches{0};
  const auto out = h.run(
      [&](int, int index) -> std::variant<ListChatGroupPage, ApiError> {
        ++fetches;
        const int from = (index - 1) * 10;
        return pageOf(2000, from, std::clamp(15 - from, 0, 10));
      },
      4, 10);
  EXPECT_EQ(out.status, Status::kIncomplete);
  EXPECT_EQ(out.restarts, 2);
  // Three passes, each: page 1, the short page that ends it, and what the four workers had in
  // flight then (a full queue of four and one page each in hand).
  EXPECT_LE(fetches.load(), 3 * (2 + 4 + 4)) << fetches.load();
  EXPECT_EQ(h.consumer.ids.size(), 15u);  // the last pass still records what it listed
}

// Pages arrive in any order: when the short page that ends a lying listing comes before a page
// in front of it, the last pass still takes that page, and nothing after the short one.
TEST(Pager, TheLastPassTakesThePagesBeforeAShortOneThatCameFirst) {
  Harness h;
  std::atomic<int> pass_of_page3{-1};
  std::atomic<int> page1_fetches{0};
  const auto out = h.run(
      [&](int, int index) -> std::variant<ListChatGroupPage, ApiError> {
        const int pass = index == 1 ? page1_fetches++ : page1_fetches.load() - 1;
        if (index == 2) {  // held until this pass's page 3 has been answered
          for (int i = 0; i < 2000 && pass_of_page3.load() != pass; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
          }
        }
        const int from = (index - 1) * 10;
        auto page = pageOf(2000, from, std::clamp(15 - from, 0, 10));
        if (index == 3) pass_of_page3 = pass;
        return page;
      },
      4, 10);
  EXPECT_EQ(out.status, Status::kIncomplete);
  EXPECT_EQ(h.consumer.ids.size(), 15u) << "page 1's ten and page 2's five";
}

TEST(Pager, TheLastPassGoesOnPastARepeatWhilePagesComeFull) {
  Harness h;
  const auto out = h.run(
      [](int, int index) -> std::variant<ListChatGroupPage, ApiError> {
        // Page 2 repeats page 1's first group; every page is full.
        auto page = pageOf(50, (index - 1) * 10, 10);
        if (index == 2) page.groups[0].group_id = "g0";
        return page;
      },
      1, 10, 0);
  EXPECT_EQ(out.status, Status::kIncomplete);
  EXPECT_EQ(out.pages, 5);
  EXPECT_EQ(h.consumer.ids.size(), 50u);
}

TEST(Pager, EmptyFirstPageWithTotal) {
  Harness h;
  const auto out =
      h.run([](int, int) -> std::variant<ListChatGroupPage, ApiError> { return pageOf(50, 0, 0); },
            1, 100, 1);
  EXPECT_EQ(out.status, Status::kIncomplete);
  EXPECT_THAT(out.inconsistency, HasSubstr("page 1 has 0 groups, expected 50"));
}

TEST(Pager, FailedPageFailsTheListing) {
  Harness h;
  const auto out = h.run(
      [](int, int index) -> std::variant<ListChatGroupPage, ApiError> {
        if (index == 4) {
          ApiError e;
          e.code = "Forbidden.RAM";
          e.request_id = "R-bad";
          return e;
        }
        return pageOf(1000, (index - 1) * 100, 100);
      },
      3, 100);
  EXPECT_EQ(out.status, Status::kFailed);
  ASSERT_TRUE(out.error.has_value());
  EXPECT_EQ(out.error->request_id, "R-bad");
}

TEST(Pager, CancelledWhenStopped) {
  Harness h;
  h.stop.requestStop();
  const auto out = h.run(
      [](int, int index) -> std::variant<ListChatGroupPage, ApiError> {
        if (index > 1) {
          ApiError e;
          e.kind = ApiErrorKind::kCancelled;
          e.code = "Cancelled";
          return e;
        }
        return pageOf(500, 0, 100);
      },
      2, 100);
  EXPECT_EQ(out.status, Status::kCancelled);
}

}  // namespace
}  // namespace cgs
