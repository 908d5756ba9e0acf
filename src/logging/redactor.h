#pragma once

#include <mutex>
#include <string>
#include <vector>

#include "common/secret.h"

namespace cgs {

// The set of secret values the process knows. Every log line passes through apply() before it is
// written, so a secret that reaches a message by mistake is still printed as "***". Code must not
// rely on this: it is the last line of defence, not the first. Thread-safe.
class Redactor {
 public:
  // Values shorter than kMinLength are ignored (they would mangle ordinary words).
  static constexpr std::size_t kMinLength = 6;

  void add(const Secret& secret);
  void apply(std::string& text) const;

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> secrets_;
};

}  // namespace cgs
