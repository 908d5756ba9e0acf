#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cams/api_error.h"
#include "cams/chat_group.h"
#include "runtime/stop_signal.h"

namespace cgs {

// Fetches one page (index is 1-based), retries included. The pager calls each source from one
// thread at a time, and different sources from different threads at once.
class PageSource {
 public:
  virtual ~PageSource() = default;
  [[nodiscard]] virtual std::variant<ListChatGroupPage, ApiError> fetch(int page_index) = 0;
};

// Receives the pages of a listing, on the thread that called runListing, in any order.
class PageConsumer {
 public:
  virtual ~PageConsumer() = default;
  // Forget every page consumed so far: the listing restarts from page 1.
  virtual void reset() = 0;
  virtual void consume(ListChatGroupPage&& page) = 0;
};

struct ListingOutcome {
  enum class Status {
    kComplete,    // every page arrived and they agree: the full set of groups
    kIncomplete,  // still inconsistent after the restarts: never the full set (no removals)
    kFailed,      // a page failed for good (error set)
    kCancelled,   // stop was requested
  };
  Status status = Status::kFailed;
  std::int64_t total = 0;
  int pages = 0;            // pages consumed in the last pass
  std::int64_t groups = 0;  // groups consumed in the last pass
  int restarts = 0;
  std::string inconsistency;  // why the last inconsistent pass was
  std::optional<ApiError> error;
};

struct PagerOptions {
  int page_size = 100;
  int max_restarts = 2;  // passes after the first when the listing is inconsistent
};

// Pages through a listing: page 1 first (it tells Total), then pages 2..N on up to
// sources.size() threads at once, each page handed to `consumer` as it arrives (at most
// sources.size() pages are held in memory). The listing is inconsistent when Total changes between
// pages, a page is short or empty before the end, or a GroupId appears twice (checked as pages
// arrive, 8 bytes per group: each page's `repeated` lists its items whose GroupId came earlier in
// the pass); an inconsistent pass is abandoned and restarted from page 1 after consumer.reset(),
// and the last allowed pass goes on past such a page while pages come full (to the first short or
// empty one, where the listing ends whatever Total says) and reports kIncomplete.
[[nodiscard]] ListingOutcome runListing(const std::vector<PageSource*>& sources,
                                        const PagerOptions& options, PageConsumer& consumer,
                                        const StopSignal& stop);

}  // namespace cgs
