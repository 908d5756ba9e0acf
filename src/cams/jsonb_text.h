#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cgs {

// The text PostgreSQL prints for the jsonb it parses from `value.dump()` (jsonb_out): keys
// ordered by length, then bytes; ", " and ": " between items; strings escaped as escape_json
// does (\" \\ \b \f \n \r \t, other control characters as \u00xx, everything else as is);
// numbers as numeric_out prints what numeric_in read from nlohmann's text of them. Appends to
// `out`. It is the text a ListChatGroup item's `raw` is sent as, and the mirror's raw_digest
// column is md5 of it (migrations/0011_raw_digest.sql), so the daemon can tell an unchanged item
// without sending it (store/present_groups.h).
void appendJsonbText(const nlohmann::json& value, std::string& out);

// numeric_out(numeric_in(literal)) for a JSON number literal: fixed notation, the scale the
// literal had less its exponent (never negative), no sign on zero. "1e+300" is 1 and 300 zeros,
// "1.5e-3" is "0.0015", "-0.0" is "0.0".
[[nodiscard]] std::string numericText(std::string_view literal);

}  // namespace cgs
