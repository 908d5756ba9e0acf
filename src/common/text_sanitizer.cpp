#include "common/text_sanitizer.h"

#include <cstdint>
#include <cstring>

namespace cgs {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the valid UTF-8 sequence starting at s[i] (1-4), or 0 if it is not one.
std::size_t sequenceLength(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c == 0) return 0;
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no UTF-16 surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  }
  return n;
}

}  // namespace

std::optional<std::string> repairText(std::string_view s) {
  std::size_t i = 0;
  // Eight bytes at a time while they are ASCII without NUL (most text is).
  constexpr std::uint64_t kLow = 0x0101010101010101, kHigh = 0x8080808080808080;
  for (std::uint64_t w = 0; i + 8 <= s.size(); i += 8) {
    std::memcpy(&w, s.data() + i, 8);
    if (((w | ((w - kLow) & ~w)) & kHigh) != 0) break;  // a byte >= 0x80, or a zero byte
  }
  while (i < s.size()) {
    const std::size_t n = sequenceLength(s, i);
    if (n == 0) break;
    i += n;
  }
  if (i == s.size()) return std::nullopt;
  std::string out(s.substr(0, i));
  while (i < s.size()) {
    const std::size_t n = sequenceLength(s, i);
    if (n == 0) {
      out += kReplacement;
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::string truncateText(std::string s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t cut = max >= 3 ? max - 3 : 0;
  // Back to the start of the character that straddles the cut (continuation bytes are 10xxxxxx).
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  if (max >= 3) s += "...";
  return s;
}

}  // namespace cgs
