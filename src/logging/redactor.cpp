#include "logging/redactor.h"

#include <algorithm>

namespace cgs {

void Redactor::add(const Secret& secret) {
  const std::string& v = secret.reveal();
  if (v.size() < kMinLength) return;
  std::lock_guard lock(mutex_);
  if (std::find(secrets_.begin(), secrets_.end(), v) == secrets_.end()) secrets_.push_back(v);
}

void Redactor::apply(std::string& text) const {
  std::lock_guard lock(mutex_);
  for (const auto& s : secrets_) {
    for (auto pos = text.find(s); pos != std::string::npos; pos = text.find(s, pos + 3)) {
      text.replace(pos, s.size(), "***");
    }
  }
}

}  // namespace cgs
