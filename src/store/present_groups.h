#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <pqxx/transaction_base>

namespace cgs {

// An account's present groups as the mirror has them before a listing: 16 bytes each (the
// GroupId's 64-bit hash and the row's raw_digest) and what the listing found of each. A listed
// item whose digest equals its group's is unchanged and need not be staged; the groups the
// listing never named are the ones a complete listing removes.
//
// Exact where it skips: two present GroupIds with one hash make the whole set unusable (nothing is
// skipped, the staged merge compares everything, as without it), and an item is skipped only when
// its group was present and its digest (md5 of the same jsonb text) is the row's.
class PresentGroups {
 public:
  // Reads the account's present rows (removed_at NULL, this account's name) in batches.
  void load(pqxx::transaction_base& tx, const std::string& cust_space_id,
            const std::string& business_number, const std::string& account_name);

  // Notes a listed item; true when it is unchanged: its group is present with the digest of this
  // raw (md5Prefix64, computed only for a present group), and no earlier item of this listing
  // named it, or the earlier one was unchanged too.
  [[nodiscard]] bool unchanged(std::string_view group_id, std::string_view raw);
  // Forgets what the listing found (it starts again).
  void restart();

  [[nodiscard]] std::int64_t present() const { return static_cast<std::int64_t>(groups_.size()); }
  // Items found unchanged (each group once).
  [[nodiscard]] std::int64_t unchangedCount() const { return unchanged_; }
  // Present groups no item named.
  [[nodiscard]] std::int64_t unlisted() const;
  // The GroupIds of the present groups no item named, read again from the mirror.
  [[nodiscard]] std::vector<std::string> unlistedIds(pqxx::transaction_base& tx,
                                                     const std::string& cust_space_id,
                                                     const std::string& business_number,
                                                     const std::string& account_name) const;

 private:
  [[nodiscard]] bool isUnlisted(std::string_view group_id) const;
  enum class Found : std::uint8_t { kNot, kUnchanged, kStaged };
  struct Group {
    std::uint64_t id_hash;
    std::int64_t raw_digest;
  };
  [[nodiscard]] std::ptrdiff_t find(std::string_view group_id) const;

  std::vector<Group> groups_;  // sorted by id_hash
  std::vector<Found> found_;   // parallel to groups_
  std::int64_t unchanged_ = 0;
  bool usable_ = true;
};

}  // namespace cgs
