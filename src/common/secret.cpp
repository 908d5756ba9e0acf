#include "common/secret.h"

#include <regex>

namespace cgs {

std::ostream& operator<<(std::ostream& os, const Secret& s) {
  return os << (s.empty() ? "" : "***");
}

std::string redactConninfo(const std::string& conninfo) {
  // URI form: scheme://user:password@host -> scheme://user:***@host
  static const std::regex kUri(R"(^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@]*):[^@]*@)");
  // key/value form: password=value or password='quoted value'
  static const std::regex kKv(R"((password\s*=\s*)('([^'\\]|\\.)*'|\S+))");
  // URI query parameter: ?password=value
  static const std::regex kQuery(R"(([?&]password=)[^&]*)");
  std::string out = std::regex_replace(conninfo, kUri, "$1:***@");
  out = std::regex_replace(out, kKv, "$1***");
  return std::regex_replace(out, kQuery, "$1***");
}

}  // namespace cgs
