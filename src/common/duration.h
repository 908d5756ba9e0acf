#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace cgs {

using Millis = std::chrono::milliseconds;

// Parses "500ms", "30s", "10m", "1h", "90d" and concatenations such as "1h30m". A bare "0" is zero.
// Returns nullopt for anything else (empty, negative, unknown unit, overflow).
[[nodiscard]] std::optional<Millis> parseDuration(std::string_view text);

// The shortest exact spelling parseDuration accepts back: 90000ms -> "1m30s".
[[nodiscard]] std::string formatDuration(Millis d);

// For a message about a measured time: formatDuration of `d` rounded to whole seconds from one
// second on ("2m30s", not "2m30s19ms").
[[nodiscard]] std::string formatElapsed(Millis d);

}  // namespace cgs
