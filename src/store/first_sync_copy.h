#pragma once

#include <string>
#include <vector>

#include "store/listing_apply.h"

namespace cgs {

// An account's first sync: the mirror has no row of it yet, so there is nothing to update,
// restore or remove. Its groups are copied straight into the mirror as they arrive (no staging
// row), and their `added` history follows every kEarlyAddRows groups: the load overlaps the API's
// latency and skips the stage. A group flagged as maybe repeated goes through the table cgs_first
// instead and is added only if the mirror does not have its GroupId yet (the first copy wins, as
// in a staged merge). It takes the merge lock and the schema check when it starts (held to
// commit), one timestamp for all its rows, and a savepoint restart() rolls back to. Nothing else
// differs from a staged merge: the same transaction, the same rows and history.
inline constexpr std::int64_t kEarlyAddRows = 2000;
class FirstSyncCopy final : public ListingApply {
 public:
  // Whether this is the account's first sync; if so the merge lock is taken (and the answer
  // checked again under it), the run's timestamp chosen and the savepoint set. Null otherwise.
  [[nodiscard]] static std::unique_ptr<FirstSyncCopy> begin(Connection& connection,
                                                            WriteScope scope);
  ~FirstSyncCopy() override;
  FirstSyncCopy(const FirstSyncCopy&) = delete;
  FirstSyncCopy& operator=(const FirstSyncCopy&) = delete;

  void add(const ChatGroup& group, bool repeated) override;
  void restart() override;
  [[nodiscard]] std::int64_t seal(bool complete) override;
  // Nothing to remove: the account had no row before this run.
  [[nodiscard]] RemovalCheck checkRemovals() override { return {}; }
  // Every group is added already, at mergedAt().
  [[nodiscard]] ChangeCounts merge(bool remove_absent) override;

 private:
  FirstSyncCopy(Connection& connection, WriteScope scope);
  [[nodiscard]] bool isFirst();
  void openStream();
  void closeStream() override;
  // Writes the history of the groups copied since the last flush, then adds the flagged ones the
  // mirror does not have yet. The COPY into the mirror is closed.
  void flush();

  std::unique_ptr<CopyWriter> stream_;
  std::int64_t added_ = 0;              // groups added in this pass
  std::vector<std::string> batch_ids_;  // GroupIds copied into the mirror since the last flush
  std::vector<ChatGroup> repeats_;      // groups flagged as repeated since the last flush
};

}  // namespace cgs
