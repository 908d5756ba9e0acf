#include "store/listing_apply.h"

#include <pqxx/pqxx>

#include "store/database_error.h"
#include "store/first_sync_copy.h"
#include "store/staged_merge.h"

namespace cgs {
namespace {

constexpr const char* kRunChanges = R"(
SELECT c.change_type, c.group_id, coalesce(g.subject, ''), coalesce(c.changed_fields::text, '')
FROM chat_group_changes c
LEFT JOIN chat_groups g USING (cust_space_id, business_number, group_id)
WHERE c.run_id = $1::uuid
ORDER BY c.change_id)";

}  // namespace

std::unique_ptr<ListingApply> ListingApply::open(Connection& connection, WriteScope scope,
                                                 bool write) {
  StagedMerge::prepare(connection);
  if (write) {
    if (auto first = FirstSyncCopy::begin(connection, scope)) return first;
  }
  return std::make_unique<StagedMerge>(connection, std::move(scope), write);
}

ListingApply::ListingApply(Connection& connection, WriteScope scope)
    : connection_(connection), scope_(std::move(scope)) {
  withDatabaseErrors([&] {
    tx_ = std::make_unique<pqxx::work>(connection_.get());
    write_ = std::make_unique<MirrorWrite>(*tx_, connection_.schema(), scope_);
  });
}

ListingApply::~ListingApply() {
  try {
    write_.reset();
    tx_.reset();
  } catch (...) {
    connection_.reset();
  }
}

void ListingApply::endQuietly(std::unique_ptr<CopyWriter>& stream) noexcept {
  try {
    stream.reset();  // an open COPY is ended (and the transaction then rolled back)
  } catch (...) {
    connection_.reset();
  }
}

std::vector<ChangeRow> ListingApply::changes() {
  return withDatabaseErrors([&] {
    std::vector<ChangeRow> out;
    for (const auto& r : tx_->exec_params(kRunChanges, scope_.run_id)) {
      out.push_back({r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<std::string>(),
                     r[3].as<std::string>()});
    }
    return out;
  });
}

void ListingApply::commit(const RunEnd& end) {
  withDatabaseErrors([&] {
    closeStream();
    const auto& c = end.counts;
    write_->close({{"added", c.added},
                   {"updated", c.updated},
                   {"removed", c.removed},
                   {"restored", c.restored}},
                  c.changes() > 0);
    finishRun(*tx_, scope_.run_id, end);
    tx_->commit();
  });
}

}  // namespace cgs
