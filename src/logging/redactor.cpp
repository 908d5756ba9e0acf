#include "logging/redactor.h"

#include <algorithm>
#include <cctype>

namespace cgs {
namespace {

bool isWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}

// Whether the occurrence at [pos, pos + n) stands alone: not inside a longer word.
bool standsAlone(const std::string& text, std::size_t pos, std::size_t n) {
  return (pos == 0 || !isWordByte(text[pos - 1])) &&
         (pos + n == text.size() || !isWordByte(text[pos + n]));
}

}  // namespace

void Redactor::add(const Secret& secret) {
  const std::string& v = secret.reveal();
  if (v.empty()) return;
  std::lock_guard lock(mutex_);
  if (std::find(secrets_.begin(), secrets_.end(), v) == secrets_.end()) secrets_.push_back(v);
  // Longest first, so a secret that contains another is masked whole.
  std::sort(secrets_.begin(), secrets_.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

void Redactor::apply(std::string& text) const {
  std::lock_guard lock(mutex_);
  for (const auto& s : secrets_) {
    const bool whole_words_only = s.size() < kMinLength;
    for (auto pos = text.find(s); pos != std::string::npos;) {
      if (whole_words_only && !standsAlone(text, pos, s.size())) {
        pos = text.find(s, pos + 1);
        continue;
      }
      text.replace(pos, s.size(), "***");
      pos = text.find(s, pos + 3);
    }
  }
}

}  // namespace cgs
