#include "store/run_store.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "common/text_sanitizer.h"
#include "store/account_lock.h"
#include "store/database_error.h"

namespace cgs {
namespace {

// A run left `running` by a process that died; the caller holds the account's lock.
constexpr const char* kAbortRunningOfAccount = R"(
UPDATE sync_runs SET status = 'aborted', finished_at = clock_timestamp(), error_code = 'Aborted',
       error_message = 'the process running it ended before it finished'
WHERE account_name = $1 AND status = 'running')";

constexpr const char* kInsertRun = R"(
INSERT INTO sync_runs (run_id, account_name, cust_space_id, business_number, trigger, started_at,
                       status, host, pid)
VALUES ($1::uuid, $2, $3, $4, $5, clock_timestamp(), 'running', $6, $7))";

constexpr const char* kFinishRun = R"(
UPDATE sync_runs SET
  status = $2, finished_at = clock_timestamp(), pages = $3, groups_seen = $4, added = $5,
  updated = $6, removed = $7, restored = $8, unchanged = $9,
  request_ids = ARRAY(SELECT jsonb_array_elements_text($10::jsonb)),
  error_code = $11, error_message = $12
WHERE run_id = $1::uuid)";

constexpr const char* kCountMembers = R"(
UPDATE sync_runs
SET participant_groups_refreshed = participant_groups_refreshed + $2,
    participants_joined = participants_joined + $3,
    participants_left = participants_left + $4
WHERE run_id = $1::uuid)";

constexpr const char* kFinishMembers = R"(
UPDATE sync_runs
SET finished_at = greatest(finished_at, clock_timestamp()),  -- the run ends with its members
    participant_requests = $2, participant_error_code = nullif($3, ''),
    participant_error_request_id = nullif($4, ''), participant_error_message = nullif($5, ''),
    request_ids = request_ids || ARRAY(SELECT jsonb_array_elements_text($6::jsonb))
WHERE run_id = $1::uuid)";

// One batch of the retention: the oldest finished runs before the cutoff, found at the start of
// the heap where old runs are.
constexpr const char* kDeleteRunsBefore = R"(
DELETE FROM sync_runs WHERE run_id IN (
  SELECT run_id FROM sync_runs WHERE started_at < $1 AND status <> 'running' LIMIT $2))";

constexpr const char* kAccountsWithRunningRuns =
    "SELECT DISTINCT account_name FROM sync_runs WHERE status = 'running'";

constexpr const char* kRunningRunOf = R"(
SELECT run_id::text, coalesce(host, ''), coalesce(pid, 0) FROM sync_runs
WHERE account_name = $1 AND status = 'running' ORDER BY started_at DESC LIMIT 1)";

constexpr const char* kRecentSuccessOfAnother = R"(
SELECT run_id::text, coalesce(host, ''), coalesce(pid, 0) FROM sync_runs
WHERE account_name = $1 AND status = 'succeeded'
  AND started_at > clock_timestamp() - $4 * interval '1 millisecond'
  AND finished_at > clock_timestamp() - $4 * interval '1 millisecond'
  AND (host IS DISTINCT FROM $2 OR pid IS DISTINCT FROM $3)
ORDER BY started_at DESC LIMIT 1)";

constexpr const char* kFinishedRun = R"(
SELECT status, coalesce(error_code, ''), coalesce(error_message, '') FROM sync_runs
WHERE run_id = $1::uuid AND status <> 'running')";

constexpr const char* kMirrorExists = "SELECT to_regclass('chat_groups') IS NOT NULL";

constexpr const char* kLatestRuns = R"(
SELECT l.account_name, l.run_id::text, l.status,
       to_char(l.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       extract(epoch FROM clock_timestamp() - l.started_at)::float8,
       coalesce(extract(epoch FROM l.finished_at - l.started_at), 0)::float8,
       l.groups_seen, l.added, l.updated, l.removed, l.restored, l.unchanged, l.pages,
       coalesce(l.error_code, ''),
       extract(epoch FROM clock_timestamp() - s.finished_at)::float8
FROM latest_sync_runs l
LEFT JOIN latest_successful_sync_runs s USING (account_name)
ORDER BY l.account_name)";

constexpr const char* kLastSuccessOf = R"(
SELECT groups_seen, (extract(epoch FROM finished_at - started_at) * 1000)::bigint
FROM latest_successful_sync_runs WHERE account_name = $1)";

std::string clean(const std::string& s) { return repairText(s).value_or(s); }

std::string jsonArray(const std::vector<std::string>& values) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& v : values) a.push_back(clean(v));
  return a.dump();
}

const char* orNull(const std::string& s) { return s.empty() ? nullptr : s.c_str(); }

RunSummary summaryOf(const pqxx::row& r) {
  RunSummary s;
  s.account_name = r[0].as<std::string>();
  s.run_id = r[1].as<std::string>();
  s.status = parseRunStatus(r[2].as<std::string>()).value_or(RunStatus::kFailed);
  s.started_at = r[3].as<std::string>();
  s.age_seconds = r[4].as<double>();
  s.duration_seconds = r[5].as<double>();
  s.counts = {r[6].as<std::int64_t>(), r[7].as<std::int64_t>(),  r[8].as<std::int64_t>(),
              r[9].as<std::int64_t>(), r[10].as<std::int64_t>(), r[11].as<std::int64_t>()};
  s.pages = r[12].as<int>();
  s.error_code = r[13].as<std::string>();
  if (!r[14].is_null()) s.last_success_age_seconds = r[14].as<double>();
  return s;
}

}  // namespace

void startRun(Connection& connection, const RunStart& run,
              const std::optional<UnrecordedRun>& previous) {
  withDatabaseErrors([&] {
    pqxx::work tx(connection.get());
    if (previous) finishRun(tx, previous->run_id, previous->end);
    tx.exec_params(kAbortRunningOfAccount, run.account_name);
    tx.exec_params(kInsertRun, run.run_id, run.account_name, run.cust_space_id, run.business_number,
                   run.trigger, run.host, run.pid);
    tx.commit();
  });
}

void finishRun(pqxx::transaction_base& tx, const std::string& run_id, const RunEnd& end) {
  const std::string code = clean(end.error_code);
  const std::string message = clean(end.error_message);
  tx.exec_params(kFinishRun, run_id, std::string(runStatusName(end.status)), end.pages,
                 end.counts.groups_seen, end.counts.added, end.counts.updated, end.counts.removed,
                 end.counts.restored, end.counts.unchanged, jsonArray(end.request_ids),
                 orNull(code), orNull(message));
}

void finishRunAlone(Connection& connection, const std::string& run_id, const RunEnd& end) {
  withDatabaseErrors([&] {
    pqxx::work tx(connection.get());
    finishRun(tx, run_id, end);
    tx.commit();
  });
}

void countMembers(pqxx::transaction_base& tx, const std::string& run_id,
                  const MemberCounts& counts) {
  tx.exec_params(kCountMembers, run_id, counts.groups, counts.joined, counts.left);
}

void finishMembers(pqxx::transaction_base& tx, const std::string& run_id,
                   const ParticipantRunEnd& end) {
  tx.exec_params(kFinishMembers, run_id, end.requests, clean(end.error_code),
                 clean(end.error_request_id), clean(end.error_message), jsonArray(end.request_ids));
}

std::int64_t deleteRunsBefore(pqxx::transaction_base& tx, const std::string& cutoff,
                              long long limit) {
  return static_cast<std::int64_t>(
      tx.exec_params(kDeleteRunsBefore, cutoff, limit).affected_rows());
}

int abortOrphanedRuns(Connection& connection) {
  return withDatabaseErrors([&] {
    pqxx::nontransaction tx(connection.get());
    int aborted = 0;
    for (const auto& row : tx.exec(kAccountsWithRunningRuns)) {
      const std::string account = row[0].as<std::string>();
      if (!tryLockAccount(tx, connection.schema(), account)) continue;  // a live replica's run
      aborted += static_cast<int>(tx.exec_params(kAbortRunningOfAccount, account).affected_rows());
      unlockAccount(tx, connection.schema(), account);
    }
    return aborted;
  });
}

std::optional<ReplicaRun> runningRunOf(Connection& connection, const std::string& account_name) {
  return withDatabaseErrors([&]() -> std::optional<ReplicaRun> {
    pqxx::nontransaction tx(connection.get());
    const auto r = tx.exec_params(kRunningRunOf, account_name);
    if (r.empty()) return std::nullopt;
    return ReplicaRun{r[0][0].as<std::string>(), r[0][1].as<std::string>(), r[0][2].as<int>()};
  });
}

std::optional<ReplicaRun> recentSuccessOfAnother(Connection& connection,
                                                 const std::string& account_name,
                                                 const std::string& host, int pid, Millis within) {
  return withDatabaseErrors([&]() -> std::optional<ReplicaRun> {
    pqxx::nontransaction tx(connection.get());
    const auto r = tx.exec_params(kRecentSuccessOfAnother, account_name, host, pid,
                                  static_cast<long long>(within.count()));
    if (r.empty()) return std::nullopt;
    return ReplicaRun{r[0][0].as<std::string>(), r[0][1].as<std::string>(), r[0][2].as<int>()};
  });
}

std::optional<RunResult> finishedRun(Connection& connection, const std::string& run_id) {
  return withDatabaseErrors([&]() -> std::optional<RunResult> {
    pqxx::nontransaction tx(connection.get());
    const auto r = tx.exec_params(kFinishedRun, run_id);
    if (r.empty()) return std::nullopt;
    return RunResult{parseRunStatus(r[0][0].as<std::string>()).value_or(RunStatus::kFailed),
                     r[0][1].as<std::string>(), r[0][2].as<std::string>()};
  });
}

bool mirrorExists(Connection& connection) {
  return withDatabaseErrors([&] {
    pqxx::nontransaction tx(connection.get());
    return tx.exec1(kMirrorExists)[0].as<bool>();
  });
}

std::vector<RunSummary> latestRuns(Connection& connection) {
  return withDatabaseErrors([&] {
    pqxx::read_transaction tx(connection.get());
    std::vector<RunSummary> out;
    for (const auto& r : tx.exec(kLatestRuns)) out.push_back(summaryOf(r));
    return out;
  });
}

std::optional<LastSuccess> lastSuccessOf(Connection& connection, const std::string& account_name) {
  return withDatabaseErrors([&]() -> std::optional<LastSuccess> {
    pqxx::nontransaction tx(connection.get());
    const auto r = tx.exec_params(kLastSuccessOf, account_name);
    if (r.empty() || r[0][0].is_null() || r[0][1].is_null()) return std::nullopt;
    return LastSuccess{r[0][0].as<std::int64_t>(), Millis{r[0][1].as<std::int64_t>()}};
  });
}

}  // namespace cgs
