#include "cams/seen_group_ids.h"

#include <algorithm>
#include <functional>

namespace cgs {

bool SeenGroupIds::contains(std::uint64_t hash) const {
  for (std::size_t r = 0; r < run_starts_.size(); ++r) {
    const auto first = hashes_.begin() + static_cast<std::ptrdiff_t>(run_starts_[r]);
    const auto last = r + 1 < run_starts_.size()
                          ? hashes_.begin() + static_cast<std::ptrdiff_t>(run_starts_[r + 1])
                          : hashes_.end();
    if (std::binary_search(first, last, hash)) return true;
  }
  return false;
}

bool SeenGroupIds::insert(std::string_view group_id) {
  const std::uint64_t hash = std::hash<std::string_view>{}(group_id);
  if (contains(hash)) return false;
  run_starts_.push_back(hashes_.size());
  hashes_.push_back(hash);
  // Two runs of equal length become one of twice the length (the last run is the shortest).
  while (run_starts_.size() >= 2) {
    const std::size_t last = run_starts_.back();
    const std::size_t before = run_starts_[run_starts_.size() - 2];
    if (last - before != hashes_.size() - last) break;
    std::inplace_merge(hashes_.begin() + static_cast<std::ptrdiff_t>(before),
                       hashes_.begin() + static_cast<std::ptrdiff_t>(last), hashes_.end());
    run_starts_.pop_back();
  }
  return true;
}

}  // namespace cgs
