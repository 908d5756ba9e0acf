#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cgs {

// Text from outside (API strings, database rows, configuration values) as it may reach a
// terminal: every C0 control byte, DEL, C1 control (U+0080-U+009F) and byte that is not valid
// UTF-8 is written as \xNN, so no escape sequence (colour, cursor, OSC title), carriage return or
// line break in a value acts on the operator's terminal or forges a line. Other text is unchanged.
[[nodiscard]] std::string printable(std::string_view s);

// The same, appended to `out`, taking whole characters of `s` while fewer than `max` bytes of it
// were taken. Returns how many bytes of `s` it took.
std::size_t appendPrintable(std::string& out, std::string_view s, std::size_t max);

}  // namespace cgs
