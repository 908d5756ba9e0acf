#pragma once

#include <optional>
#include <string_view>

namespace cgs {

// How an account run stands. The names are the values of sync_runs.status (a CHECK constraint in
// migrations/0001_init.sql), except kSkipped, which is never recorded: the account was being
// synced by another replica, so this process made no run of it.
enum class RunStatus {
  kRunning,     // recorded at the start; a process that dies leaves it so until it is aborted
  kSucceeded,   // a complete listing was applied
  kIncomplete,  // an inconsistent listing: adds and updates applied, no removals
  kHeld,        // the listing would remove too much: nothing applied until an operator agrees
  kFailed,      // nothing applied: the API, the credentials or the database failed
  kAborted,     // nothing applied: stopped, or the process running it died
  kSkipped,     // another replica holds the account
};

[[nodiscard]] std::string_view runStatusName(RunStatus status);
// The status a recorded name stands for; nullopt for anything else.
[[nodiscard]] std::optional<RunStatus> parseRunStatus(std::string_view name);

}  // namespace cgs
