#include "common/conninfo.h"

#include <regex>

namespace cgs {
namespace {

// URI form: scheme://user:password@host
const std::regex& uriPassword() {
  static const std::regex r(R"(^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@]*):([^@]*)@)");
  return r;
}
// key/value form: password=value or password='quoted value'
const std::regex& kvPassword() {
  static const std::regex r(R"((^|\s)(password\s*=\s*)('(([^'\\]|\\.)*)'|\S+))");
  return r;
}
// URI query parameter: ?password=value
const std::regex& queryPassword() {
  static const std::regex r(R"(([?&]password=)([^&]*))");
  return r;
}

}  // namespace

std::optional<std::string> conninfoPassword(const std::string& conninfo) {
  std::smatch m;
  if (std::regex_search(conninfo, m, uriPassword()) && m[2].length() > 0) return m[2].str();
  if (std::regex_search(conninfo, m, queryPassword()) && m[2].length() > 0) return m[2].str();
  if (std::regex_search(conninfo, m, kvPassword())) {
    return m[4].matched ? m[4].str() : m[3].str();
  }
  return std::nullopt;
}

std::string redactConninfo(const std::string& conninfo) {
  std::string out = std::regex_replace(conninfo, uriPassword(), "$1:***@");
  out = std::regex_replace(out, kvPassword(), "$1$2***");
  return std::regex_replace(out, queryPassword(), "$1***");
}

}  // namespace cgs
