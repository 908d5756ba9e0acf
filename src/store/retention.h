#pragma once

#include <cstdint>

#include "common/duration.h"
#include "runtime/clock.h"
#include "runtime/stop_signal.h"
#include "store/connection.h"

namespace cgs {

struct PruneReport {
  bool ran = false;  // false: pruned less than a day ago (and not forced)
  std::int64_t runs_deleted = 0;
  std::int64_t changes_deleted = 0;
  int batches = 0;
  Millis longest_batch{0};  // the longest delete transaction (and lock on its table)
  Millis busy{0};           // all batches together (a rest as long follows each full one)
};

// How long history is kept; 0 keeps forever.
struct RetentionPeriods {
  Millis runs{0};
  Millis changes{0};
};

// Deletes sync_runs and chat_group_changes older than their retention, at most once a day (one
// replica claims the day) unless `force`. Never touches chat_groups. Deletes in batches of
// their own transactions sized to last about 200 ms each, so no lock on a history table is held
// for long and a sync's writes never wait behind a prune; stops between batches when `stop` is
// requested (the rest goes at the next prune).
[[nodiscard]] PruneReport prune(Connection& connection, const RetentionPeriods& retention,
                                bool force, Clock& clock, const StopSignal& stop);

}  // namespace cgs
