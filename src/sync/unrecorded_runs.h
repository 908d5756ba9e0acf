#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "store/run_store.h"

namespace cgs {

// The ends of this process's runs that the database could not take when the runs ended (it was
// down, or failing over to a standby), by account. The account's next run writes its
// predecessor's end first (startRun), so sync_runs tells what happened — Database.08006, its
// request ids — rather than the `aborted` guess left for a run whose process died. Lost only
// with the process, whose runs are then aborted, truthfully. Thread-safe.
class UnrecordedRuns {
 public:
  void keep(const std::string& account, UnrecordedRun run) {
    std::lock_guard lock(mutex_);
    runs_[account] = std::move(run);
  }
  [[nodiscard]] std::optional<UnrecordedRun> of(const std::string& account) const {
    std::lock_guard lock(mutex_);
    const auto it = runs_.find(account);
    if (it == runs_.end()) return std::nullopt;
    return it->second;
  }
  // Once written: forgets the run (unless a newer one of the account took its place).
  void recorded(const std::string& account, const std::string& run_id) {
    std::lock_guard lock(mutex_);
    const auto it = runs_.find(account);
    if (it != runs_.end() && it->second.run_id == run_id) runs_.erase(it);
  }

 private:
  mutable std::mutex mutex_;
  std::map<std::string, UnrecordedRun> runs_;
};

}  // namespace cgs
