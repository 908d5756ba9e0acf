#include "store/first_sync_copy.h"

#include <pqxx/pqxx>

#include "store/database_error.h"
#include "store/group_sql.h"

namespace cgs {
namespace {

constexpr const char* kFirst = "cgs_first";
const std::string kDedupeFirst = dedupeSql(kFirst);
const std::string kAddFirst = addFromStageSql(kFirst);
constexpr const char* kTruncateFirst = "TRUNCATE cgs_first";
constexpr const char* kSavepoint = "SAVEPOINT cgs_first_sync";
constexpr const char* kRollbackToSavepoint = "ROLLBACK TO SAVEPOINT cgs_first_sync";

// Whether the mirror has no row of the account yet.
constexpr const char* kAccountIsNew = R"(
SELECT NOT EXISTS (SELECT 1 FROM chat_groups WHERE cust_space_id = $1 AND business_number = $2))";

// The COPY into the mirror: the account's keys, the item's columns, the account and the time.
std::vector<std::string> mirrorColumns() {
  std::vector<std::string> out{"cust_space_id", "business_number"};
  for (auto& c : groupColumnNames()) out.push_back(std::move(c));
  for (const char* c : {"account_name", "first_seen_at", "last_changed_at"}) out.emplace_back(c);
  return out;
}
const std::vector<std::string> kMirrorColumns = mirrorColumns();
const std::vector<std::string> kHistoryColumns{"run_id",   "cust_space_id", "business_number",
                                               "group_id", "change_type",   "changed_at"};

}  // namespace

std::unique_ptr<FirstSyncCopy> FirstSyncCopy::begin(Connection& connection, WriteScope scope) {
  std::unique_ptr<FirstSyncCopy> copy(new FirstSyncCopy(connection, std::move(scope)));
  const bool first = withDatabaseErrors([&] {
    if (!copy->isFirst()) return false;
    copy->write_->open();
    if (!copy->isFirst()) return false;  // another replica's first sync committed meanwhile
    copy->merged_at_ = copy->write_->now();
    copy->tx_->exec(kSavepoint);
    copy->openStream();
    return true;
  });
  if (!first) copy.reset();
  return copy;
}

FirstSyncCopy::FirstSyncCopy(Connection& connection, WriteScope scope)
    : ListingApply(connection, std::move(scope)) {}

FirstSyncCopy::~FirstSyncCopy() { endQuietly(stream_); }

bool FirstSyncCopy::isFirst() {
  return tx_->exec_params1(kAccountIsNew, scope_.cust_space_id, scope_.business_number)[0]
      .as<bool>();
}

void FirstSyncCopy::openStream() {
  stream_ = std::make_unique<CopyWriter>(*tx_, "chat_groups", kMirrorColumns);
}

void FirstSyncCopy::closeStream() {
  if (stream_) {
    stream_->complete();
    stream_.reset();
  }
}

void FirstSyncCopy::add(const ChatGroup& g, bool repeated) {
  withDatabaseErrors([&] {
    if (repeated) {  // its first copy may be in the mirror already: added through cgs_first
      repeats_.push_back(g);
    } else {
      CopyWriter& row = *stream_;
      row << scope_.cust_space_id << scope_.business_number;
      writeGroupFields(row, g, &batch_ids_.emplace_back());
      row << scope_.account_name << merged_at_ << merged_at_;
      row.endRow();
    }
    if (static_cast<std::int64_t>(batch_ids_.size() + repeats_.size()) >= kEarlyAddRows) {
      closeStream();
      flush();
      openStream();
    }
  });
}

void FirstSyncCopy::restart() {
  withDatabaseErrors([&] {
    closeStream();
    tx_->exec(kRollbackToSavepoint);
    added_ = 0;
    batch_ids_.clear();
    repeats_.clear();
    openStream();
  });
}

void FirstSyncCopy::flush() {
  const auto& s = scope_;
  if (!batch_ids_.empty()) {
    CopyWriter history(*tx_, "chat_group_changes", kHistoryColumns);
    for (const auto& id : batch_ids_) {
      history << s.run_id << s.cust_space_id << s.business_number << id << "added" << merged_at_;
      history.endRow();
    }
    history.complete();
    added_ += static_cast<std::int64_t>(batch_ids_.size());
    batch_ids_.clear();
  }
  if (repeats_.empty()) return;
  CopyWriter stage(*tx_, kFirst, groupColumnNames());
  for (const auto& g : repeats_) {
    writeGroupFields(stage, g);
    stage.endRow();
  }
  stage.complete();
  repeats_.clear();
  tx_->exec(kDedupeFirst);
  added_ += tx_->exec_params1(kAddFirst, s.cust_space_id, s.business_number, s.account_name,
                              s.run_id, merged_at_)[0]
                .as<std::int64_t>();
  tx_->exec(kTruncateFirst);
}

std::int64_t FirstSyncCopy::seal(bool /*complete: a repeat is added once either way*/) {
  return withDatabaseErrors([&] {
    closeStream();
    flush();
    return added_;
  });
}

ChangeCounts FirstSyncCopy::merge(bool /*remove_absent: nothing was present*/) {
  ChangeCounts counts;
  counts.groups_seen = added_;
  counts.added = added_;
  return counts;
}

}  // namespace cgs
