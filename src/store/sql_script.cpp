#include "store/sql_script.h"

#include <cctype>

namespace cgs {
namespace {

// Where the quoted or commented span that starts at `i` ends (one past it), or npos if it runs to
// the end; `i` itself when nothing starts there.
std::size_t skipSpan(std::string_view s, std::size_t i) {
  const auto rest = s.substr(i);
  if (rest.rfind("--", 0) == 0) {
    const auto nl = s.find('\n', i);
    return nl == std::string_view::npos ? s.size() : nl + 1;
  }
  if (rest.rfind("/*", 0) == 0) {
    int depth = 0;
    for (std::size_t k = i; k + 1 < s.size(); ++k) {
      if (s[k] == '/' && s[k + 1] == '*') {
        ++depth;
        ++k;
      } else if (s[k] == '*' && s[k + 1] == '/') {
        ++k;
        if (--depth == 0) return k + 1;
      }
    }
    return s.size();
  }
  if (s[i] == '\'' || s[i] == '"') {
    const char q = s[i];
    for (std::size_t k = i + 1; k < s.size(); ++k) {
      if (s[k] != q) continue;
      if (k + 1 < s.size() && s[k + 1] == q) {
        ++k;  // a doubled quote is part of the text
        continue;
      }
      return k + 1;
    }
    return s.size();
  }
  if (s[i] == '$') {
    std::size_t k = i + 1;
    while (k < s.size() && (std::isalnum(static_cast<unsigned char>(s[k])) || s[k] == '_')) ++k;
    if (k < s.size() && s[k] == '$' &&
        (k == i + 1 || !std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      const auto tag = s.substr(i, k - i + 1);
      const auto end = s.find(tag, k + 1);
      return end == std::string_view::npos ? s.size() : end + tag.size();
    }
  }
  return i;
}

bool blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const std::size_t end = skipSpan(s, i);
    if (end == i || (s[i] != '-' && s[i] != '/')) return false;
    i = end;
  }
  return true;
}

int lineAt(std::string_view s, std::size_t pos, std::size_t from, int line) {
  for (std::size_t k = from; k < pos; ++k) line += s[k] == '\n';
  return line;
}

}  // namespace

std::vector<SqlStatement> splitSqlScript(std::string_view script) {
  std::vector<SqlStatement> out;
  std::size_t start = 0;
  const auto emit = [&](std::size_t end) {
    const auto text = script.substr(start, end - start);
    if (!blank(text)) {
      std::size_t first = start;  // the statement's line is that of its first non-blank character
      while (first < end && std::isspace(static_cast<unsigned char>(script[first]))) ++first;
      out.push_back({std::string(text), lineAt(script, first, 0, 1)});
    }
    start = end + 1;
  };
  for (std::size_t i = 0; i < script.size();) {
    const std::size_t end = skipSpan(script, i);
    if (end != i) {
      i = end;
    } else if (script[i] == ';') {
      emit(i);
      ++i;
    } else {
      ++i;
    }
  }
  if (start < script.size()) emit(script.size());
  return out;
}

}  // namespace cgs
