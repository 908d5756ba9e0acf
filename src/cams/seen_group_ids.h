#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace cgs {

// The GroupIds of one listing pass, 8 bytes each: their 64-bit hashes, kept as sorted runs in one
// vector whose lengths are distinct powers of two, largest first (merged like a binary counter),
// so an insert costs O(log n) amortised and a lookup a binary search per run, with no per-id
// allocation. A different GroupId with the same hash counts as seen (about 2^-64 per pair): the
// callers treat "seen" as "maybe a repeat" and stay exact (cams/pager.h, store/first_sync_copy.h).
class SeenGroupIds {
 public:
  // Room for n ids without reallocating.
  void reserve(std::size_t n) { hashes_.reserve(n); }
  // Adds the id; false when it (or its hash) was seen before.
  [[nodiscard]] bool insert(std::string_view group_id);
  [[nodiscard]] std::size_t size() const { return hashes_.size(); }

 private:
  [[nodiscard]] bool contains(std::uint64_t hash) const;

  std::vector<std::uint64_t> hashes_;
  std::vector<std::size_t> run_starts_;  // where each run begins in hashes_, ascending
};

}  // namespace cgs
