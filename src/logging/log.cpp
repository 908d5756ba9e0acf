#include "logging/log.h"

#include <nlohmann/json.hpp>

namespace cgs {
namespace {

std::string jsonString(std::string_view s) {
  // replace: a byte sequence that is not UTF-8 must not make a log line throw.
  return nlohmann::json(std::string(s))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void appendText(std::string& out, const std::string& key, const std::string& value) {
  out += ' ';
  out += key;
  out += '=';
  const bool plain = !value.empty() && value.find_first_of(" \"=\n\t") == std::string::npos;
  out += plain ? value : jsonString(value);
}

}  // namespace

Log Log::with(std::string key, std::string value) const {
  Log copy = *this;
  copy.fields_.emplace_back(std::move(key), std::move(value));
  return copy;
}

void Log::journalEntry(spdlog::level::level_enum level, std::string_view message,
                       const std::vector<std::pair<std::string, std::string>>& fields) const {
  const auto clean = [this](std::string v) {
    if (redactor_) redactor_->apply(v);
    return v;
  };
  std::string text(message);
  JournalFields entry;
  for (const auto* set : {&fields_, &fields}) {
    for (const auto& [k, v] : *set) {
      appendText(text, k, v);
      entry.emplace_back(journalFieldName(k), clean(v));
      // The names operators filter on, whatever the line called them.
      if (k == "code" && v != "OK" && v != "-") entry.emplace_back("ERROR_CODE", clean(v));
    }
  }
  entry.emplace_back("MESSAGE", clean(text));
  entry.emplace_back("PRIORITY", std::to_string(syslogPriority(level)));
  entry.emplace_back("SYSLOG_IDENTIFIER", "cams-groupsync");
  journal_->send(entry);
}

void Log::event(spdlog::level::level_enum level, std::string_view message,
                const std::vector<std::pair<std::string, std::string>>& fields) const {
  if (!logger_->should_log(level)) return;
  if (journal_) journalEntry(level, message, fields);
  std::string line;
  if (format_ == Format::kJson) {
    // The sink's pattern supplies {"ts":..,"level":.., and the closing brace.
    line = "\"msg\":" + jsonString(message);
    for (const auto* set : {&fields_, &fields}) {
      for (const auto& [k, v] : *set) line += "," + jsonString(k) + ":" + jsonString(v);
    }
  } else {
    line.assign(message);
    for (const auto* set : {&fields_, &fields}) {
      for (const auto& [k, v] : *set) appendText(line, k, v);
    }
  }
  logger_->log(level, std::string_view(line));
}

}  // namespace cgs
