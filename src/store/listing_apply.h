#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <pqxx/stream_to>
#include <pqxx/transaction>

#include "cams/chat_group.h"
#include "store/connection.h"
#include "store/run_store.h"

namespace cgs {

struct ApplyScope {
  std::string run_id;
  std::string account_name;
  std::string cust_space_id;
  std::string business_number;
};

struct ApplyPolicy {
  bool complete = true;             // the pager saw the whole listing: removals allowed
  bool allow_mass_removal = false;  // --allow-mass-removal
  double max_removal_share = 0.5;   // safety.max_removal_share
  bool dry_run = false;             // compute everything, then roll back
};

// One change, as --dry-run prints it.
struct ChangeRow {
  std::string change_type;
  std::string group_id;
  std::string subject;
  std::string changed_fields;  // JSON, or empty
};

struct ApplyResult {
  bool held = false;  // the listing would remove too much: nothing was applied
  ChangeCounts counts;
  std::int64_t present_before = 0;  // the account's listed groups before this run
  std::int64_t would_remove = 0;
  std::vector<ChangeRow> changes;  // dry runs only
};

// Applies one account's listing as one transaction: groups stream into a temporary staging table
// with COPY as pages arrive, then finish() merges set-based in SQL: new ids are added, changed ones
// (modelled fields or raw) updated with a field-level diff, removed ones listed again restored,
// and, from a complete listing only, absent ones removed. Unchanged groups are not written at all.
// A listing that would remove more than max_removal_share of the account's present groups (or
// all of them) is held: nothing is applied. The run record is finished and NOTIFY
// cams_group_changes sent in the same transaction. Destroying it unfinished rolls everything back.
// Throws DatabaseError.
class ListingApply {
 public:
  ListingApply(Connection& connection, ApplyScope scope);
  ~ListingApply();
  ListingApply(const ListingApply&) = delete;
  ListingApply& operator=(const ListingApply&) = delete;

  void add(const ChatGroup& group);
  // Forgets every group added so far (the pager restarts the listing).
  void restart();
  // Merges and commits (or rolls back for a dry run). `end` gives pages and request ids; its
  // status and counts are filled in here.
  ApplyResult finish(const ApplyPolicy& policy, RunEnd end);

 private:
  void openStream();
  void closeStream();

  Connection& connection_;
  ApplyScope scope_;
  std::unique_ptr<pqxx::work> tx_;
  std::unique_ptr<pqxx::stream_to> stream_;
  std::int64_t staged_ = 0;
};

}  // namespace cgs
