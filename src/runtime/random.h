#pragma once

#include <mutex>
#include <random>

namespace cgs {

// Randomness as an injected dependency (backoff jitter, schedule jitter).
class Random {
 public:
  virtual ~Random() = default;
  // A number in [0, 1).
  virtual double uniform() = 0;
};

class RealRandom final : public Random {
 public:
  RealRandom() : engine_(std::random_device{}()) {}
  double uniform() override {
    std::lock_guard lock(mutex_);
    return std::uniform_real_distribution<double>(0.0, 1.0)(engine_);
  }

 private:
  std::mutex mutex_;
  std::mt19937_64 engine_;
};

}  // namespace cgs
