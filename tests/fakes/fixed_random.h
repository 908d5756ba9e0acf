#pragma once

#include <algorithm>
#include <mutex>
#include <vector>

#include "runtime/random.h"

namespace cgs::testing {

// Returns the given values in turn (then repeats the last).
class FixedRandom final : public Random {
 public:
  explicit FixedRandom(std::vector<double> values) : values_(std::move(values)) {}
  double uniform() override {
    std::lock_guard lock(mutex_);
    const double v = values_[std::min(i_, values_.size() - 1)];
    ++i_;
    return v;
  }

 private:
  std::mutex mutex_;
  std::vector<double> values_;
  std::size_t i_ = 0;
};

}  // namespace cgs::testing
