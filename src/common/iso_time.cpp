#include "common/iso_time.h"

#include <cctype>

namespace cgs {
namespace {

// Reads exactly `n` digits at `s[i]` as a number, advancing `i`; -1 when they are not there.
int digits(std::string_view s, std::size_t& i, std::size_t n) {
  if (s.size() < i + n) return -1;
  int v = 0;
  for (std::size_t k = 0; k < n; ++k, ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i])) == 0) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

bool take(std::string_view s, std::size_t& i, char c) {
  if (i < s.size() && s[i] == c) {
    ++i;
    return true;
  }
  return false;
}

int daysIn(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool timeOfDay(std::string_view s, std::size_t& i) {
  const int hour = digits(s, i, 2);
  if (hour < 0 || hour > 23 || !take(s, i, ':')) return false;
  const int minute = digits(s, i, 2);
  if (minute < 0 || minute > 59) return false;
  if (take(s, i, ':')) {
    const int second = digits(s, i, 2);
    if (second < 0 || second > 59) return false;
    if (take(s, i, '.')) {
      const std::size_t start = i;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) != 0) ++i;
      if (i == start) return false;
    }
  }
  return true;
}

bool zone(std::string_view s, std::size_t& i) {
  if (take(s, i, 'Z')) return true;
  if (!take(s, i, '+') && !take(s, i, '-')) return false;
  const int hours = digits(s, i, 2);
  if (hours < 0 || hours > 15) return false;
  if (i == s.size()) return true;
  take(s, i, ':');
  const int minutes = digits(s, i, 2);
  return minutes >= 0 && minutes <= 59;
}

}  // namespace

bool isIsoTime(std::string_view s) {
  std::size_t i = 0;
  const int year = digits(s, i, 4);
  if (year < 1 || !take(s, i, '-')) return false;
  const int month = digits(s, i, 2);
  if (month < 1 || month > 12 || !take(s, i, '-')) return false;
  const int day = digits(s, i, 2);
  if (day < 1 || day > daysIn(year, month)) return false;
  if (i == s.size()) return true;
  if (!take(s, i, 'T') && !take(s, i, ' ')) return false;
  if (!timeOfDay(s, i)) return false;
  if (i == s.size()) return true;
  return zone(s, i) && i == s.size();
}

}  // namespace cgs
