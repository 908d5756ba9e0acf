#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/transaction_base>

#include "common/change_type.h"
#include "common/duration.h"
#include "runtime/clock.h"
#include "runtime/stop_signal.h"
#include "store/connection.h"
#include "store/run_status.h"

namespace cgs {

struct RunStart {
  std::string run_id;  // UUID
  std::string account_name;
  std::string cust_space_id;
  std::string business_number;
  std::string trigger;  // "schedule" or "once"
  std::string host;
  int pid = 0;
};

struct ChangeCounts {
  std::int64_t groups_seen = 0;
  std::int64_t added = 0;
  std::int64_t updated = 0;
  std::int64_t removed = 0;
  std::int64_t restored = 0;
  std::int64_t unchanged = 0;
  [[nodiscard]] std::int64_t changes() const { return added + updated + removed + restored; }
  [[nodiscard]] ChangeTally tally() const {
    ChangeTally t;
    t[ChangeType::kAdded] = added;
    t[ChangeType::kUpdated] = updated;
    t[ChangeType::kRemoved] = removed;
    t[ChangeType::kRestored] = restored;
    return t;
  }
};

struct RunEnd {
  RunStatus status = RunStatus::kFailed;  // never kRunning or kSkipped
  int pages = 0;
  ChangeCounts counts;
  std::vector<std::string> request_ids;
  std::string error_code;
  std::string error_message;
};

// A member refresh's counts: groups refreshed, members joined (rejoined included) and left.
struct MemberCounts {
  std::int64_t groups = 0;
  std::int64_t joined = 0;  // rejoined included
  std::int64_t left = 0;
  MemberCounts& operator+=(const MemberCounts& o) {
    groups += o.groups;
    joined += o.joined;
    left += o.left;
    return *this;
  }
  [[nodiscard]] ChangeTally tally() const {
    ChangeTally t;
    t[ChangeType::kParticipantJoined] = joined;
    t[ChangeType::kParticipantLeft] = left;
    return t;
  }
};

// How a run's member refresh ended, for its sync_runs record.
struct ParticipantRunEnd {
  std::int64_t requests = 0;
  std::string error_code;  // the run's last participant error; empty: none
  std::string error_request_id;
  std::string error_message;
  std::vector<std::string> request_ids;  // appended to the run's request_ids
};

// The member refresh's part of its run's record (sync_runs is written here only). Adds one
// applied batch's counts, in the batch's transaction.
void countMembers(pqxx::transaction_base& tx, const std::string& run_id,
                  const MemberCounts& counts);
// Ends a run with its member refresh: the refresh's requests, last error and request ids; the
// run's finished_at moves to now (a run ends when its members are done).
void finishMembers(pqxx::transaction_base& tx, const std::string& run_id,
                   const ParticipantRunEnd& end);

// A run of this process whose end the database could not take when it ended (it was down or
// failing over).
struct UnrecordedRun {
  std::string run_id;
  RunEnd end;
};

// Records a run as `running`, after writing `previous` (this process's last run of the account,
// if its end was never recorded) and marking any other run of the account still `running` as
// `aborted`: the caller holds the account's lock, so such a run belongs to a process that died.
void startRun(Connection& connection, const RunStart& run,
              const std::optional<UnrecordedRun>& previous = std::nullopt);

// Finishes a run inside the caller's transaction (the merge's, so the record and the data commit
// together).
void finishRun(pqxx::transaction_base& tx, const std::string& run_id, const RunEnd& end);

// Finishes a run in a transaction of its own (failed runs, whose data transaction rolled back).
void finishRunAlone(Connection& connection, const std::string& run_id, const RunEnd& end);

// At start-up: runs left `running` by a crashed process become `aborted`. Only accounts whose
// lock is free are touched, so a live replica's runs are left alone. Returns how many.
[[nodiscard]] int abortOrphanedRuns(Connection& connection);

// A run of an account by another replica: the one running now (when this replica cannot take the
// account's lock) or one that succeeded recently. Its id and where it ran.
struct ReplicaRun {
  std::string run_id;
  std::string host;
  int pid = 0;
};
[[nodiscard]] std::optional<ReplicaRun> runningRunOf(Connection& connection,
                                                     const std::string& account_name);

// The latest run of the account that succeeded within the last `within` in a process other than
// host:pid, if any.
[[nodiscard]] std::optional<ReplicaRun> recentSuccessOfAnother(Connection& connection,
                                                               const std::string& account_name,
                                                               const std::string& host, int pid,
                                                               Millis within);

// How a run ended; nullopt while it is still running (or unknown).
struct RunResult {
  RunStatus status = RunStatus::kFailed;
  std::string error_code;
  std::string error_message;
};
[[nodiscard]] std::optional<RunResult> finishedRun(Connection& connection,
                                                   const std::string& run_id);

// Whether the schema holds a migrated mirror (chat_groups exists).
[[nodiscard]] bool mirrorExists(Connection& connection);

struct RunSummary {
  std::string account_name;
  std::string run_id;
  RunStatus status = RunStatus::kRunning;
  std::string started_at;  // ISO 8601, UTC
  double age_seconds = 0;  // since the run started
  double duration_seconds = 0;
  ChangeCounts counts;
  int pages = 0;
  std::string error_code;
  std::optional<double> last_success_age_seconds;
};

// The latest run of each account that has one, with the age of its last success.
[[nodiscard]] std::vector<RunSummary> latestRuns(Connection& connection);

// The account's latest successful run, whichever replica ran it: the groups it listed and how long
// it took. What a replica that only skipped the account reports of it.
struct LastSuccess {
  std::int64_t groups_seen = 0;
  Millis duration{0};
};
[[nodiscard]] std::optional<LastSuccess> lastSuccessOf(Connection& connection,
                                                       const std::string& account_name);

// Deletes up to `limit` finished runs started before `cutoff` (the retention's batch, in its
// transaction); returns how many.
std::int64_t deleteRunsBefore(pqxx::transaction_base& tx, const std::string& cutoff,
                              long long limit);

}  // namespace cgs
