#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "cams/api_client.h"
#include "common/secret.h"
#include "config/config.h"
#include "logging/log.h"
#include "runtime/clock.h"
#include "runtime/stop_signal.h"
#include "store/participant_store.h"
#include "sync/run_report.h"

namespace cgs {

// Everything one refresh uses, borrowed from its account run.
struct ParticipantRefreshContext {
  ParticipantStore& store;
  std::vector<ApiClient*> clients;  // one per concurrent request, each with its own connection
  const AccountConfig& account;
  const ParticipantsConfig& config;
  int page_size = 100;
  const std::optional<Secret>& key;  // pseudonymization
  Clock& clock;
  const StopSignal& stop;
  AttemptObserver observer;  // metrics; called from the request threads
  Log log;
};

// Refreshes the members of one account's groups after its listing merged: picks the groups
// (ParticipantStore::candidates, at most max_requests_per_run), lists each group's members with
// the clients in parallel (every request paced by the credential set's rate limiter, within the
// budget), and applies complete lists in batches (each group all-or-nothing, a transaction per
// batch). Failures follow participant_policy.h. Throws DatabaseError (the caller records it).
class ParticipantRefresh {
 public:
  explicit ParticipantRefresh(ParticipantRefreshContext context);
  ~ParticipantRefresh();
  ParticipantRefresh(const ParticipantRefresh&) = delete;
  ParticipantRefresh& operator=(const ParticipantRefresh&) = delete;

  [[nodiscard]] ParticipantReport run(const std::string& merged_at);

 private:
  struct Failure {
    std::string code;
    std::string request_id;
    std::string message;
    bool denied = false;
    bool stop = false;
  };
  struct Fetched {
    RefreshCandidate group;
    std::optional<GroupMembers> members;  // nullopt: `failure` (or the budget ran out)
    std::optional<Failure> failure;
  };

  void fetchLoop(ApiClient& client);
  [[nodiscard]] Fetched fetchGroup(ApiClient& client, const RefreshCandidate& group);
  // Waits up to 100 ms for fetched pages and takes them all; true once every fetcher is done and
  // nothing is left.
  bool takeFetched(std::deque<Fetched>& ready);
  // Takes fetched member lists as they come and applies them in batches, until every fetcher is
  // done.
  void applyFetched();
  void consume(Fetched&& fetched, std::vector<GroupMembers>& batch);
  // After the fetchers: a denial backs the account off; a success after denials clears it.
  void updateBackoff(const std::optional<ParticipantBackoff>& backoff);
  void applyBatch(std::vector<GroupMembers>& batch);
  void joinAll();

  ParticipantRefreshContext ctx_;
  ParticipantReport report_;
  std::vector<RefreshCandidate> candidates_;
  std::atomic<std::size_t> next_{0};
  std::atomic<int> budget_{0};
  std::atomic<bool> halt_{false};
  std::optional<Failure> denial_;
  bool any_success_ = false;

  std::mutex mutex_;  // guards what follows
  std::condition_variable ready_;
  std::deque<Fetched> fetched_;
  std::size_t fetchers_done_ = 0;
  std::vector<std::string> request_ids_;
  std::int64_t attempts_ = 0;

  std::vector<std::thread> threads_;
};

}  // namespace cgs
