#pragma once

#include <string_view>

namespace cgs {

// Whether `s` is a time PostgreSQL reads as the same timestamptz in every session: an ISO 8601
// date, optionally with a time of day (`T` or a space, HH:MM[:SS[.fraction]]) and a zone (`Z`,
// +HH, +HH:MM or +HHMM; none means the database session's zone). Each field is in its range
// (month 1-12, the day within its month, hour 0-23, minute and second 0-59).
// "2026-11-20", "2026-11-20T08:00:00Z", "2026-11-20 08:00+08:00" are; "yesterday" is not.
[[nodiscard]] bool isIsoTime(std::string_view s);

}  // namespace cgs
