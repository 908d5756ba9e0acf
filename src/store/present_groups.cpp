#include "store/present_groups.h"

#include <algorithm>
#include <functional>

#include <pqxx/pqxx>

#include "common/crypto.h"

namespace cgs {
namespace {

constexpr const char* kDeclare = R"(
DECLARE cgs_present NO SCROLL CURSOR FOR
SELECT group_id, raw_digest FROM chat_groups
WHERE cust_space_id = $1 AND business_number = $2 AND account_name = $3 AND removed_at IS NULL)";
constexpr const char* kFetch = "FETCH 10000 FROM cgs_present";
constexpr const char* kClose = "CLOSE cgs_present";

std::uint64_t idHash(std::string_view group_id) { return std::hash<std::string_view>{}(group_id); }

}  // namespace

void PresentGroups::load(pqxx::transaction_base& tx, const std::string& cust_space_id,
                         const std::string& business_number, const std::string& account_name) {
  groups_.clear();
  tx.exec_params(kDeclare, cust_space_id, business_number, account_name);
  for (;;) {
    const pqxx::result batch = tx.exec(kFetch);
    for (const auto& row : batch) {
      groups_.push_back(
          {idHash(std::string_view(row[0].c_str(), row[0].size())), row[1].as<std::int64_t>()});
    }
    if (batch.size() < 10000) break;
  }
  tx.exec(kClose);
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

bool PresentGroups::isUnlisted(std::string_view group_id) const {
  const std::ptrdiff_t i = find(group_id);
  return i >= 0 && found_[static_cast<std::size_t>(i)] == Found::kNot;
}

}  // namespace cgs
