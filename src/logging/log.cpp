#include "logging/log.h"

#include <nlohmann/json.hpp>

#include "common/printable.h"

namespace cgs {
namespace {

// `s` is printable already (Log::clean), so this only quotes and escapes `"` and `\`.
std::string jsonString(std::string_view s) {
  // replace: a byte sequence that is not UTF-8 must not make a log line throw.
  return nlohmann::json(std::string(s))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void appendText(std::string& out, const std::string& key, const std::string& value) {
  out += ' ';
  out += key;
  out += '=';
  const bool plain = !value.empty() && value.find_first_of(" \"=") == std::string::npos;
  out += plain ? value : jsonString(value);
}

}  // namespace

Log Log::with(std::string key, std::string value) const {
  Log copy = *this;
  copy.fields_.emplace_back(std::move(key), std::move(value));
  return copy;
}

std::string Log::clean(std::string_view text) const {
  std::string v(text);
  if (redactor_) redactor_->apply(v);
  return printable(v);
}

void Log::journalEntry(spdlog::level::level_enum level, const std::string& message,
                       const std::vector<std::pair<std::string, std::string>>& fields) const {
  std::string text = message;
  JournalFields entry;
  for (const auto& [k, v] : fields) {
    appendText(text, k, v);
    entry.emplace_back(journalFieldName(k), v);
    // The names operators filter on, whatever the line called them.
    if (k == "code" && v != "OK" && v != "-") entry.emplace_back("ERROR_CODE", v);
  }
  entry.emplace_back("MESSAGE", std::move(text));
  entry.emplace_back("PRIORITY", std::to_string(syslogPriority(level)));
  entry.emplace_back("SYSLOG_IDENTIFIER", "cams-groupsync");
  journal_->send(entry);
}

void Log::event(spdlog::level::level_enum level, std::string_view message,
                const std::vector<std::pair<std::string, std::string>>& fields) const {
  if (!logger_->should_log(level)) return;
  const std::string msg = clean(message);
  std::vector<std::pair<std::string, std::string>> all;
  all.reserve(fields_.size() + fields.size());
  for (const auto* set : {&fields_, &fields}) {
    for (const auto& [k, v] : *set) all.emplace_back(k, clean(v));
  }
  if (journal_) journalEntry(level, msg, all);
  std::string line;
  if (format_ == Format::kJson) {
    // The sink's pattern supplies {"ts":..,"level":.., and the closing brace.
    line = "\"msg\":" + jsonString(msg);
    for (const auto& [k, v] : all) line += "," + jsonString(k) + ":" + jsonString(v);
  } else {
    line = msg;
    for (const auto& [k, v] : all) appendText(line, k, v);
  }
  logger_->log(level, std::string_view(line));
}

}  // namespace cgs
