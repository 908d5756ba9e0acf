#include "store/present_groups.h"

#include <algorithm>
#include <functional>

#include <pqxx/pqxx>

#include "common/crypto.h"

namespace cgs {
namespace {

// The account's present rows, read in batches through a cursor; `row` gets each.
template <typename Row>
void readPresent(pqxx::transaction_base& tx, const char* columns, const std::string& cust_space_id,
                 const std::string& business_number, const std::string& account_name, Row row) {
  tx.exec_params(std::string("DECLARE cgs_present NO SCROLL CURSOR FOR SELECT ") + columns +
                     " FROM chat_groups WHERE cust_space_id = $1 AND business_number = $2"
                     " AND account_name = $3 AND removed_at IS NULL",
                 cust_space_id, business_number, account_name);
  for (;;) {
    const pqxx::result batch = tx.exec("FETCH 10000 FROM cgs_present");
    for (const auto& r : batch) row(r);
    if (batch.size() < 10000) break;
  }
  tx.exec("CLOSE cgs_present");
}

std::uint64_t idHash(std::string_view group_id) { return std::hash<std::string_view>{}(group_id); }

}  // namespace

void PresentGroups::load(pqxx::transaction_base& tx, const std::string& cust_space_id,
                         const std::string& business_number, const std::string& account_name) {
  groups_.clear();
  readPresent(tx, "group_id, raw_digest", cust_space_id, business_number, account_name,
              [&](const pqxx::row& r) {
                groups_.push_back(
                    {idHash(std::string_view(r[0].c_str(), r[0].size())), r[1].as<std::int64_t>()});
              });
  std::sort(groups_.begin(), groups_.end(),
            [](const Group& a, const Group& b) { return a.id_hash < b.id_hash; });
  usable_ = std::adjacent_find(groups_.begin(), groups_.end(), [](const Group& a, const Group& b) {
              return a.id_hash == b.id_hash;
            }) == groups_.end();
  found_.assign(groups_.size(), Found::kNot);
  unchanged_ = 0;
}

std::ptrdiff_t PresentGroups::find(std::string_view group_id) const {
  const std::uint64_t hash = idHash(group_id);
  const auto it = std::lower_bound(groups_.begin(), groups_.end(), hash,
                                   [](const Group& g, std::uint64_t h) { return g.id_hash < h; });
  if (it == groups_.end() || it->id_hash != hash) return -1;
  return it - groups_.begin();
}

bool PresentGroups::unchanged(std::string_view group_id, std::string_view raw) {
  if (!usable_) return false;
  const std::ptrdiff_t i = find(group_id);
  if (i < 0) return false;
  Found& found = found_[static_cast<std::size_t>(i)];
  if (found == Found::kNot) {
    const bool same = groups_[static_cast<std::size_t>(i)].raw_digest == md5Prefix64(raw);
    found = same ? Found::kUnchanged : Found::kStaged;
    if (same) ++unchanged_;
  }
  // A repeat of an unchanged item is dropped (the listing's first copy wins, as in the stage).
  return found == Found::kUnchanged;
}

void PresentGroups::restart() {
  std::fill(found_.begin(), found_.end(), Found::kNot);
  unchanged_ = 0;
}

std::int64_t PresentGroups::unlisted() const {
  return static_cast<std::int64_t>(std::count(found_.begin(), found_.end(), Found::kNot));
}

std::vector<std::string> PresentGroups::unlistedIds(pqxx::transaction_base& tx,
                                                    const std::string& cust_space_id,
                                                    const std::string& business_number,
                                                    const std::string& account_name) const {
  std::vector<std::string> out;
  if (unlisted() == 0) return out;
  readPresent(tx, "group_id", cust_space_id, business_number, account_name,
              [&](const pqxx::row& r) {
                if (isUnlisted(std::string_view(r[0].c_str(), r[0].size()))) {
                  out.push_back(r[0].as<std::string>());
                }
              });
  return out;
}

bool PresentGroups::isUnlisted(std::string_view group_id) const {
  const std::ptrdiff_t i = find(group_id);
  return i >= 0 && found_[static_cast<std::size_t>(i)] == Found::kNot;
}

}  // namespace cgs
