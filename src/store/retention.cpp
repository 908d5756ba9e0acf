#include "store/retention.h"

#include <algorithm>
#include <functional>
#include <string>

#include <pqxx/pqxx>

#include "store/database_error.h"
#include "store/run_store.h"

namespace cgs {
namespace {

// The row lock serializes replicas; "at most once a day" is decided under it.
constexpr const char* kPruneEnsureRow =
    "INSERT INTO maintenance (task, last_run_at) VALUES ('prune', '-infinity') "
    "ON CONFLICT (task) DO NOTHING";
// Claims the day's pruning (one replica prunes; the others find it done) and moves the history's
// horizon to the cutoff before a row goes, so "as of" queries refuse the times being deleted (see
// migrations/0002_schema2.sql). Returns the cutoffs; no row when pruning is not due.
constexpr const char* kPruneClaim = R"(
WITH claimed AS (
  SELECT task FROM maintenance
  WHERE task = 'prune' AND ($1 OR last_run_at < clock_timestamp() - interval '1 day')
  FOR UPDATE
)
UPDATE maintenance m SET
  last_run_at = clock_timestamp(),
  changes_pruned_before = CASE WHEN $3 > 0
    THEN greatest(changes_pruned_before, clock_timestamp() - $3 * interval '1 millisecond')
    ELSE changes_pruned_before END
FROM claimed WHERE m.task = claimed.task
RETURNING clock_timestamp() - $2 * interval '1 millisecond',
          clock_timestamp() - $3 * interval '1 millisecond')";
// One batch, in a transaction of its own: the oldest changes before the cutoff, through the
// changed_at index.
constexpr const char* kPruneChangesBatch = R"(
DELETE FROM chat_group_changes WHERE change_id IN (
  SELECT change_id FROM chat_group_changes WHERE changed_at < $1 ORDER BY changed_at LIMIT $2))";

// Deletes with `batch` (its transaction, the cutoff, a limit; returns how many went) until a
// batch comes back short, sizing batches so that each transaction (and so each lock it holds)
// lasts about kPruneBatchTarget.
constexpr auto kPruneBatchTarget = std::chrono::milliseconds(200);

using Batch = std::function<std::int64_t(pqxx::work&, const std::string&, long long)>;

std::int64_t pruneInBatches(Connection& connection, const Batch& batch, const std::string& cutoff,
                            Clock& clock, const StopSignal& stop, PruneReport& report) {
  std::int64_t deleted = 0;
  long long limit = 1000;
  for (;;) {
    if (stop.stopped()) return deleted;
    const SteadyTime started = clock.now();
    pqxx::work tx(connection.get());
    const std::int64_t n = batch(tx, cutoff, limit);
    tx.commit();
    const auto took = clock.now() - started;
    report.batches += 1;
    report.longest_batch = std::max(report.longest_batch, std::chrono::duration_cast<Millis>(took));
    report.busy += std::chrono::duration_cast<Millis>(took);
    deleted += n;
    if (n < limit) return deleted;
    // Grown while well under the target, at most to 10,000 rows (a checkpoint's I/O can make
    // any batch several times slower: a small one stays short then too).
    if (took < kPruneBatchTarget / 2) limit = std::min(limit * 2, 10'000LL);
    if (took > kPruneBatchTarget * 2) limit = std::max(limit / 4, 100LL);
    // Rests as long as the batch took: pruning takes at most half of a core (and of the disk)
    // from the syncs beside it.
    if (!clock.sleepUntil(clock.now() + took, stop)) return deleted;
  }
}

}  // namespace

PruneReport prune(Connection& connection, const RetentionPeriods& retention, bool force,
                  Clock& clock, const StopSignal& stop) {
  return withDatabaseErrors([&] {
    PruneReport report;
    std::string runs_cutoff, changes_cutoff;
    {
      pqxx::work tx(connection.get());
      tx.exec(kPruneEnsureRow);
      const auto claim =
          tx.exec_params(kPruneClaim, force, static_cast<long long>(retention.runs.count()),
                         static_cast<long long>(retention.changes.count()));
      tx.commit();
      if (claim.empty()) return report;
      runs_cutoff = claim[0][0].as<std::string>();
      changes_cutoff = claim[0][1].as<std::string>();
    }
    report.ran = true;
    if (retention.runs.count() > 0) {
      report.runs_deleted =
          pruneInBatches(connection, deleteRunsBefore, runs_cutoff, clock, stop, report);
    }
    if (retention.changes.count() > 0) {
      report.changes_deleted = pruneInBatches(
          connection,
          [](pqxx::work& tx, const std::string& cutoff, long long limit) {
            return static_cast<std::int64_t>(
                tx.exec_params(kPruneChangesBatch, cutoff, limit).affected_rows());
          },
          changes_cutoff, clock, stop, report);
    }
    return report;
  });
}

}  // namespace cgs
