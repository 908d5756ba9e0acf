#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <pqxx/transaction>

#include "cams/chat_group.h"
#include "store/connection.h"
#include "store/copy_writer.h"
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
// run succeeded, is held or failed is decided by the caller (sync/run_outcome.h). Groups are added
// as pages arrive; seal() ends the stream; merge() applies what the listing says: new ids added,
// changed ones (modelled fields or raw) updated with a field-level diff, removed ones listed again
// restored, and, when asked, absent ones removed, each with its history. Unchanged groups are not
// written at all. commit() finishes the run record and the mirror write (outbox, NOTIFY
// cams_group_changes) in the same transaction as the data. Destroying it uncommitted rolls
// everything back. Throws DatabaseError.
//
// Two ways, chosen by open(): the staged merge (store/staged_merge.h), and an account's first
// sync, which copies its groups straight into the mirror (store/first_sync_copy.h).
class ListingApply {
 public:
  // `write`: not a dry run. A run that writes takes the account's merge lock at once and, on the
  // account's first sync, adds the groups while the listing still pages; a dry run takes no lock.
  [[nodiscard]] static std::unique_ptr<ListingApply> open(Connection& connection, WriteScope scope,
                                                          bool write);
  virtual ~ListingApply();
  ListingApply(const ListingApply&) = delete;
  ListingApply& operator=(const ListingApply&) = delete;

  // `repeated`: an earlier add() of this pass may have had the same GroupId (the pager's
  // ListChatGroupPage::repeated). It must be true for every real repeat (a first sync's COPY into
  // the mirror would fail on the primary key); a needless true costs a little time only.
  virtual void add(const ChatGroup& group, bool repeated) = 0;
  // Forgets every group added so far (the pager restarts the listing).
  virtual void restart() = 0;
  // Ends the stream, takes the account's merge lock and checks the schema is one this binary
  // knows (SchemaTooNew otherwise, and migrators wait until this transaction ends). An incomplete
  // listing may hold a GroupId twice: `complete` false keeps its first copy only. Returns the
  // groups listed.
  [[nodiscard]] virtual std::int64_t seal(bool complete) = 0;
  [[nodiscard]] virtual RemovalCheck checkRemovals() = 0;
  // Applies the listing; `remove_absent` only for a complete listing. Counts what it wrote.
  [[nodiscard]] virtual ChangeCounts merge(bool remove_absent) = 0;

  // This run's changes so far, in order (dry runs print them before rolling back).
  [[nodiscard]] std::vector<ChangeRow> changes();
  // Records the run's end, writes the run's webhook events, and commits them with the data.
  void commit(const RunEnd& end);
  // The time written into the rows this run changed (empty until merge() ran; on a first sync,
  // chosen when the run starts).
  [[nodiscard]] const std::string& mergedAt() const { return merged_at_; }
  // The open transaction, for a dry run's further steps (rolled back with it).
  [[nodiscard]] pqxx::work& transaction() { return *tx_; }

 protected:
  ListingApply(Connection& connection, WriteScope scope);
  // Ends an open COPY of the subclass's (the transaction is then rolled back); a failure to end
  // it drops the session.
  void endQuietly(std::unique_ptr<CopyWriter>& stream) noexcept;

  Connection& connection_;
  const WriteScope scope_;
  std::unique_ptr<pqxx::work> tx_;
  std::unique_ptr<MirrorWrite> write_;  // on tx_
  std::string merged_at_;

 private:
  // Ends the subclass's stream before commit (seal() has, unless the run applied nothing).
  virtual void closeStream() = 0;
};

}  // namespace cgs
