#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cgs {

// PostgreSQL text holds valid UTF-8 without NUL. Returns nullopt when `s` is already such text
// (the common case, no copy), else a copy in which every NUL and every byte that is not part of a
// valid UTF-8 sequence is replaced by U+FFFD. Deterministic, so a re-sync stores the same value.
[[nodiscard]] std::optional<std::string> repairText(std::string_view s);

// `s` cut to at most `max` bytes at a character boundary (a UTF-8 sequence is never split), with
// "..." in place of what was cut when anything was. For text from outside that is kept or logged
// (an API error's code and message): its size is ours to bound, not the sender's.
[[nodiscard]] std::string truncateText(std::string s, std::size_t max);

}  // namespace cgs
