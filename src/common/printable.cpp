#include "common/printable.h"

#include <fmt/format.h>

namespace cgs {
namespace {

// The length of the valid UTF-8 sequence at s[i], or 0.
std::size_t sequenceAt(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const std::size_t len = c < 0x80         ? 1
                          : (c >> 5) == 6  ? 2
                          : (c >> 4) == 14 ? 3
                          : (c >> 3) == 30 ? 4
                                           : 0;
  if (len == 0 || i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return len;
}

bool isControl(std::string_view s, std::size_t i, std::size_t len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (len == 1) return c < 0x20 || c == 0x7f;
  // U+0080..U+009F are C2 80..C2 9F: C1 controls, CSI (U+009B) and OSC (U+009D) among them.
  return len == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;
}

}  // namespace

std::size_t appendPrintable(std::string& out, std::string_view s, std::size_t max) {
  std::size_t i = 0;
  while (i < s.size() && i < max) {
    const std::size_t len = sequenceAt(s, i);
    if (len == 0 || isControl(s, i, len)) {
      const std::size_t n = len == 0 ? 1 : len;
      for (std::size_t k = 0; k < n; ++k) {
        out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[i + k]));
      }
      i += n;
    } else {
      out.append(s, i, len);
      i += len;
    }
  }
  return i;
}

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  appendPrintable(out, s, s.size());
  return out;
}

}  // namespace cgs
