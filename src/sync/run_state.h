#pragma once

#include <mutex>
#include <string>
#include <vector>

#include "store/run_store.h"
#include "sync/run_outcome.h"

namespace cgs {

// What an account run has found and decided so far, shared by the run and its group listing step:
// the facts, the verdict decideOutcome made of them, and what the run record will say.
class RunState {
 public:
  RunFacts facts;
  RunVerdict verdict;
  ChangeCounts counts;
  int pages = 0;

  // Thread-safe: request ids arrive from the pager's threads.
  void noteRequest(std::string request_id) {
    std::lock_guard lock(mutex_);
    request_ids_.push_back(std::move(request_id));
  }
  [[nodiscard]] std::vector<std::string> requestIds() const {
    std::lock_guard lock(mutex_);
    return request_ids_;
  }
  // The run record's end as things stand.
  [[nodiscard]] RunEnd end() const {
    return RunEnd{verdict.status,       pages, counts, requestIds(), verdict.error_code,
                  verdict.error_message};
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> request_ids_;
};

}  // namespace cgs
