#include "config/env_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace cgs {
namespace {

bool nameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool nameChar(char c) { return nameStart(c) || std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Reads the file one character at a time, tracking line and column for the error messages.
class Reader {
 public:
  Reader(std::string_view text, const std::string& path) : text_(text), path_(path) {}

  EnvAssignments parse() {
    while (!done()) {
      skipBlanks();
      if (done()) break;
      if (peek() == '\n') {
        next();
      } else if (peek() == '#' || peek() == ';') {
        skipLine();
      } else {
        assignment();
      }
    }
    if (!issues_.empty()) throw ConfigError(std::move(issues_));
    return std::move(out_);
  }

 private:
  void assignment() {
    const int line = line_, column = column_;
    std::string name;
    while (!done() && nameChar(peek())) name += next();
    skipBlanks();
    if (done() || peek() != '=') {
      fail(line, column, "expected NAME=VALUE");
      return skipLine();
    }
    if (name.empty() || !nameStart(name.front())) {
      fail(line, column, "a variable name is letters, digits and '_', not starting with a digit");
      return skipLine();
    }
    next();  // '='
    skipBlanks();
    std::string value;
    if (!readValue(value, line)) return skipLine();
    out_.emplace_back(std::move(name), std::move(value));
  }

  // The value up to the end of its line (continuations included); false after an error.
  bool readValue(std::string& value, int line) {
    std::size_t keep = 0;  // bare text ends at its last non-blank character
    while (!done() && peek() != '\n') {
      const char c = next();
      if (c == '\'' || c == '"') {
        if (!quoted(c, value, line)) return false;
        keep = value.size();
      } else if (c == '\\') {
        if (done()) break;
        const char e = next();
        if (e != '\n') value += e;
        keep = value.size();
      } else {
        value += c;
        if (!blank(c)) keep = value.size();
      }
    }
    value.resize(keep);
    return true;
  }

  bool quoted(char quote, std::string& value, int line) {
    const int column = column_ - 1;
    while (!done()) {
      const char c = next();
      if (c == quote) return true;
      if (quote == '"' && c == '\\' && !done()) {
        const char e = next();
        if (e == '\n') continue;  // a continued line
        if (e != '"' && e != '\\' && e != '$' && e != '`') value += '\\';
        value += e;
      } else {
        value += c;
      }
    }
    fail(line, column, fmt::format("unterminated {} quote", quote == '"' ? "double" : "single"));
    return false;
  }

  void fail(int line, int column, std::string why) {
    issues_.push_back({path_, line, column, "", std::move(why)});
  }
  void skipBlanks() {
    while (!done() && blank(peek())) next();
  }
  void skipLine() {
    while (!done() && peek() != '\n') next();
  }
  [[nodiscard]] bool done() const { return at_ >= text_.size(); }
  [[nodiscard]] char peek() const { return text_[at_]; }
  char next() {
    const char c = text_[at_++];
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else {
      ++column_;
    }
    return c;
  }

  std::string_view text_;
  const std::string& path_;
  std::size_t at_ = 0;
  int line_ = 1, column_ = 1;
  EnvAssignments out_;
  std::vector<ConfigIssue> issues_;
};

}  // namespace

EnvAssignments parseEnvFile(std::string_view text, const std::string& path) {
  return Reader(text, path).parse();
}

void applyEnvFile(const std::string& path) {
  constexpr off_t kMaxBytes = 64 * 1024;
  const auto fail = [&](const std::string& why) { return ConfigError({{path, 0, 0, "", why}}); };
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    throw fail(fmt::format("cannot read: {}", std::strerror(errno)));
  }
  if (!S_ISREG(st.st_mode) || st.st_size > kMaxBytes) {
    throw fail(fmt::format("not a regular file of at most {} bytes", kMaxBytes));
  }
  if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    throw fail(
        fmt::format("readable by group or others (mode {:04o}): chmod 600 it", st.st_mode & 07777));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw fail(fmt::format("cannot read: {}", std::strerror(errno)));
  std::ostringstream text;
  text << in.rdbuf();
  for (const auto& [name, value] : parseEnvFile(text.str(), path)) {
    ::setenv(name.c_str(), value.c_str(), /*overwrite=*/1);
  }
}

}  // namespace cgs
