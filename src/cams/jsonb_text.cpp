#include "cams/jsonb_text.h"

#include <algorithm>
#include <array>
#include <vector>

namespace cgs {
namespace {

using nlohmann::json;

void appendString(std::string_view s, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t clean = 0;  // the start of the run of bytes that go out as they are
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + clean, i - clean);
    clean = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xf];
    }
  }
  out.append(s.data() + clean, s.size() - clean);
  out += '"';
}

// jsonb's key order: shorter keys first, equal lengths by bytes (nlohmann's map is by bytes).
void appendObject(const json& object, std::string& out) {
  using Entry = std::pair<const std::string*, const json*>;
  std::array<Entry, 32> small;
  std::vector<Entry> large;
  const std::size_t n = object.size();
  Entry* entries = small.data();
  if (n > small.size()) {
    large.resize(n);
    entries = large.data();
  }
  std::size_t i = 0;
  for (auto it = object.begin(); it != object.end(); ++it) entries[i++] = {&it.key(), &it.value()};
  std::stable_sort(entries, entries + n, [](const Entry& a, const Entry& b) {
    return a.first->size() < b.first->size();
  });
  out += '{';
  for (i = 0; i < n; ++i) {
    if (i > 0) out += ", ";
    appendString(*entries[i].first, out);
    out += ": ";
    appendJsonbText(*entries[i].second, out);
  }
  out += '}';
}

}  // namespace

std::string numericText(std::string_view literal) {
  std::size_t p = 0;
  const bool negative = p < literal.size() && literal[p] == '-';
  if (negative) ++p;
  std::string digits;
  std::size_t int_digits = 0;
  while (p < literal.size() && literal[p] >= '0' && literal[p] <= '9') {
    digits += literal[p++];
    ++int_digits;
  }
  long frac_digits = 0;
  if (p < literal.size() && literal[p] == '.') {
    ++p;
    while (p < literal.size() && literal[p] >= '0' && literal[p] <= '9') {
      digits += literal[p++];
      ++frac_digits;
    }
  }
  long exponent = 0;
  if (p < literal.size() && (literal[p] == 'e' || literal[p] == 'E')) {
    ++p;
    const bool exp_negative = p < literal.size() && literal[p] == '-';
    if (p < literal.size() && (literal[p] == '-' || literal[p] == '+')) ++p;
    while (p < literal.size() && literal[p] >= '0' && literal[p] <= '9') {
      exponent = std::min(exponent * 10 + (literal[p++] - '0'), 100000L);
    }
    if (exp_negative) exponent = -exponent;
  }
  const long scale = std::max(0L, frac_digits - exponent);
  const long point = static_cast<long>(int_digits) + exponent;  // digits before the point
  std::string out;
  if (negative && digits.find_first_not_of('0') != std::string::npos) out += '-';
  std::string whole;
  for (long i = 0; i < point; ++i) {
    whole += i < static_cast<long>(digits.size()) ? digits[static_cast<std::size_t>(i)] : '0';
  }
  const auto first = whole.find_first_not_of('0');
  out += first == std::string::npos ? "0" : whole.substr(first);
  if (scale > 0) {
    out += '.';
    for (long i = point; i < point + scale; ++i) {
      out += i >= 0 && i < static_cast<long>(digits.size()) ? digits[static_cast<std::size_t>(i)]
                                                            : '0';
    }
  }
  return out;
}

void appendJsonbText(const json& value, std::string& out) {
  switch (value.type()) {
    case json::value_t::object:
      appendObject(value, out);
      break;
    case json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& e : value) {
        if (!first) out += ", ";
        first = false;
        appendJsonbText(e, out);
      }
      out += ']';
      break;
    }
    case json::value_t::string:
      appendString(value.get_ref<const std::string&>(), out);
      break;
    case json::value_t::boolean:
      out += value.get<bool>() ? "true" : "false";
      break;
    case json::value_t::number_integer:
      out += std::to_string(value.get<std::int64_t>());
      break;
    case json::value_t::number_unsigned:
      out += std::to_string(value.get<std::uint64_t>());
      break;
    case json::value_t::number_float:
      out += numericText(value.dump());
      break;
    default:
      out += "null";
      break;  // null (discarded and binary values never come from a parse)
  }
}

}  // namespace cgs
