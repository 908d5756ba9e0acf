#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <pqxx/stream_to>
#include <pqxx/transaction>

#include "cams/chat_group.h"
#include "store/connection.h"
#include "store/mirror_write.h"
#include "store/run_store.h"

namespace cgs {

// One change, as --dry-run prints it.
struct ChangeRow {
  std::string change_type;
  std::string group_id;
  std::string subject;
  std::string changed_fields;  // JSON, or empty
};

// What a complete listing would remove: the account's present groups before this run, and how
// many of them the listing no longer has.
struct RemovalCheck {
  std::int64_t present_before = 0;
  std::int64_t would_remove = 0;
};

// Applies one account's listing as one transaction, and only reports what it finds: whether the
// run succeeded, is held or failed is decided by the caller (sync/run_outcome.h). Groups stream
// into a temporary staging table with COPY as pages arrive; seal() ends the stream; merge() then
// works set-based in SQL: new ids are added, changed ones (modelled fields or raw) updated with a
// field-level diff, removed ones listed again restored, and, when asked, absent ones removed.
// Unchanged groups are not written at all. commit() finishes the run record and sends NOTIFY
// cams_group_changes in the same transaction as the data. Destroying it uncommitted rolls
// everything back. Throws DatabaseError.
//
// Early adds: an account the mirror has no row of yet has nothing to update, restore or remove,
// so with `add_early` its groups are copied straight into the mirror as they arrive (no staging
// row), and their `added` history follows every kEarlyAddRows groups: the load overlaps the API's
// latency and skips the stage. A group flagged as maybe repeated goes through the stage instead
// and is added only if the mirror does not have its GroupId yet (the first copy wins, as in
// seal()). Such a run takes the merge lock and the schema check seal() would take when it starts
// (held to commit), one timestamp for all its rows, and a savepoint restart() rolls back to.
// Nothing else changes: the same transaction, the same rows and history.
inline constexpr std::int64_t kEarlyAddRows = 2000;
class ListingApply {
 public:
  // `add_early`: on the account's first sync, add the groups while the listing still pages (never
  // for a dry run, which takes no lock).
  ListingApply(Connection& connection, WriteScope scope, bool add_early);
  ~ListingApply();
  ListingApply(const ListingApply&) = delete;
  ListingApply& operator=(const ListingApply&) = delete;

  // `repeated`: an earlier add() of this pass may have had the same GroupId (the pager's
  // ListChatGroupPage::repeated). It must be true for every real repeat (a first sync's COPY into
  // the mirror would fail on the primary key); a needless true costs a little time only.
  void add(const ChatGroup& group, bool repeated);
  // Forgets every group added so far, early adds included (the pager restarts the listing).
  void restart();
  // Ends the stream, takes the account's merge lock and checks the schema is one this binary
  // knows (SchemaTooNew otherwise, and migrators wait until this transaction ends). An incomplete
  // listing may hold a GroupId twice: `complete` false keeps its first copy only. Returns the
  // groups staged.
  [[nodiscard]] std::int64_t seal(bool complete);
  [[nodiscard]] RemovalCheck checkRemovals();
  // Applies the staged listing; `remove_absent` only for a complete listing. Counts what it wrote.
  [[nodiscard]] ChangeCounts merge(bool remove_absent);
  // This run's changes so far, in order (dry runs print them before rolling back).
  [[nodiscard]] std::vector<ChangeRow> changes();
  // Records the run's end, writes the run's webhook events, and commits them with the data.
  void commit(const RunEnd& end);
  // The time written into the rows this run changed (empty until merge() ran; on a first sync,
  // chosen when the run starts).
  [[nodiscard]] const std::string& mergedAt() const { return merged_at_; }
  // The open transaction, for a dry run's further steps (rolled back with it).
  [[nodiscard]] pqxx::work& transaction() { return *tx_; }

 private:
  void openStream();
  void closeStream();
  [[nodiscard]] bool beginEarlyAdds();
  void flushEarly();

  Connection& connection_;
  const WriteScope scope_;
  std::unique_ptr<pqxx::work> tx_;
  std::unique_ptr<MirrorWrite> write_;  // on tx_
  std::unique_ptr<pqxx::stream_to> stream_;
  std::string merged_at_;
  bool early_ = false;                  // this run adds early (the account's first sync)
  std::int64_t added_early_ = 0;        // groups added early in this pass
  std::vector<std::string> batch_ids_;  // GroupIds copied into the mirror since the last flush
  std::vector<ChatGroup> repeats_;      // groups flagged as repeated since the last flush
};

}  // namespace cgs
