#include "common/change_type.h"

#include <numeric>

namespace cgs {

// The registry is indexed by the enum: each entry must sit at its type's place.
static_assert([] {
  for (std::size_t i = 0; i < kChangeTypes.size(); ++i) {
    if (static_cast<std::size_t>(kChangeTypes[i].type) != i) return false;
  }
  return true;
}());

const ChangeTypeInfo& changeTypeInfo(ChangeType type) {
  return kChangeTypes[static_cast<std::size_t>(type)];
}

std::string_view changeTypeName(ChangeType type) { return changeTypeInfo(type).name; }

std::optional<ChangeType> changeTypeNamed(std::string_view name) {
  for (const auto& info : kChangeTypes) {
    if (info.name == name) return info.type;
  }
  return std::nullopt;
}

std::vector<std::string> changeTypeNames() {
  std::vector<std::string> out;
  for (const auto& info : kChangeTypes) out.emplace_back(info.name);
  return out;
}

std::vector<std::string> defaultEventNames() {
  std::vector<std::string> out;
  for (const auto& info : kChangeTypes) {
    if (info.by_default) out.emplace_back(info.name);
  }
  return out;
}

ChangeTally& ChangeTally::operator+=(const ChangeTally& other) {
  for (std::size_t i = 0; i < counts_.size(); ++i) counts_[i] += other.counts_[i];
  return *this;
}

std::int64_t ChangeTally::total() const {
  return std::accumulate(counts_.begin(), counts_.end(), std::int64_t{0});
}

}  // namespace cgs
