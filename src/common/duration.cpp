#include "common/duration.h"

#include <array>
#include <cstdint>
#include <limits>
#include <utility>

namespace cgs {
namespace {

struct Unit {
  std::string_view name;
  std::int64_t millis;
};

// Longest names first so "ms" is not read as "m" followed by garbage.
constexpr std::array<Unit, 5> kUnits{
    {{"ms", 1}, {"s", 1000}, {"m", 60'000}, {"h", 3'600'000}, {"d", 86'400'000}}};

}  // namespace

std::optional<Millis> parseDuration(std::string_view text) {
  if (text == "0") return Millis{0};
  if (text.empty()) return std::nullopt;
  std::int64_t total = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::int64_t number = 0;
    std::size_t digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      if (number > std::numeric_limits<std::int64_t>::max() / 10 - 10) return std::nullopt;
      number = number * 10 + (text[i] - '0');
      ++i;
      ++digits;
    }
    if (digits == 0) return std::nullopt;
    const Unit* unit = nullptr;
    for (const auto& u : kUnits) {
      if (text.substr(i, u.name.size()) == u.name) {
        unit = &u;
        break;
      }
    }
    if (unit == nullptr) return std::nullopt;
    i += unit->name.size();
    if (number > (std::numeric_limits<std::int64_t>::max() - total) / unit->millis) {
      return std::nullopt;
    }
    total += number * unit->millis;
  }
  return Millis{total};
}

std::string formatDuration(Millis d) {
  std::int64_t rest = d.count();
  if (rest == 0) return "0";
  std::string out;
  if (rest < 0) {
    out = "-";
    rest = -rest;
  }
  for (auto it = kUnits.rbegin(); it != kUnits.rend(); ++it) {
    if (rest >= it->millis) {
      out += std::to_string(rest / it->millis);
      out += it->name;
      rest %= it->millis;
    }
  }
  return out;
}

std::string formatElapsed(Millis d) {
  if (d < std::chrono::seconds(1) && d > -std::chrono::seconds(1)) return formatDuration(d);
  return formatDuration(std::chrono::round<std::chrono::seconds>(d));
}

}  // namespace cgs
