#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cgs {

using QueryParams = std::vector<std::pair<std::string, std::string>>;

// RFC 3986 percent-encoding of UTF-8 bytes: everything except A-Z a-z 0-9 - _ . ~ becomes %XX
// with upper-case hex (space is %20, '*' is %2A). What ACS3 signing and our URLs use.
[[nodiscard]] std::string percentEncode(std::string_view raw);

// Decodes %XX escapes; '+' stays '+'. nullopt for a malformed escape.
[[nodiscard]] std::optional<std::string> percentDecode(std::string_view encoded);

// "a=1&b=2" in the given order, names and values percent-encoded.
[[nodiscard]] std::string encodeQuery(const QueryParams& params);

// Splits a raw query string into decoded pairs, in wire order. nullopt if an escape is malformed.
[[nodiscard]] std::optional<QueryParams> decodeQuery(std::string_view raw);

}  // namespace cgs
