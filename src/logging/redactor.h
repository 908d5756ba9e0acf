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
  // Values of kMinLength bytes or more are masked wherever they occur; shorter ones only where
  // they stand alone (not inside a longer word), so a 4-byte password is masked in "pw=abcd" but
  // does not mangle every word that contains it.
  static constexpr std::size_t kMinLength = 6;

  void add(const Secret& secret);
  void apply(std::string& text) const;

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> secrets_;
};

}  // namespace cgs
