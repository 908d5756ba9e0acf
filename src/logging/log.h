#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <spdlog/logger.h>

#include "logging/journal.h"
#include "logging/redactor.h"

namespace cgs {

// A logger with context fields (account, run_id, ...) that every line it writes carries: in text
// format as " key=value" after the message, in JSON format as members of the line's object.
// Message and values often hold text from outside (a RequestId, an API error, a receiver's answer):
// each is redacted, then made printable (every control byte as \xNN, see common/printable.h), the
// same in text, JSON and journal fields, so no value can end a line, forge one or drive a terminal.
// Cheap to copy; with() returns a new Log and leaves this one unchanged. Thread-safe.
class Log {
 public:
  enum class Format { kText, kJson };

  // A log that discards everything (until assigned a real one).
  Log() : Log(std::make_shared<spdlog::logger>("null"), Format::kText) {}
  Log(std::shared_ptr<spdlog::logger> logger, Format format)
      : logger_(std::move(logger)), format_(format) {}
  // With a journal, also (or, when `logger` has no sink, only) to it: each line one entry with its
  // fields (ACCOUNT=, RUN_ID=, REQUEST_ID=, ERROR_CODE=, ...) and PRIORITY. With a redactor, the
  // secrets it knows are masked in the message and every value before anything else is done to
  // them.
  Log(std::shared_ptr<spdlog::logger> logger, Format format, std::shared_ptr<JournalWriter> journal,
      std::shared_ptr<Redactor> redactor)
      : logger_(std::move(logger)),
        format_(format),
        journal_(std::move(journal)),
        redactor_(std::move(redactor)) {}

  [[nodiscard]] Log with(std::string key, std::string value) const;
  [[nodiscard]] bool enabled(spdlog::level::level_enum level) const {
    return logger_->should_log(level);
  }

  template <typename... A>
  void trace(fmt::format_string<A...> f, A&&... a) const {
    log(spdlog::level::trace, f, std::forward<A>(a)...);
  }
  template <typename... A>
  void debug(fmt::format_string<A...> f, A&&... a) const {
    log(spdlog::level::debug, f, std::forward<A>(a)...);
  }
  template <typename... A>
  void info(fmt::format_string<A...> f, A&&... a) const {
    log(spdlog::level::info, f, std::forward<A>(a)...);
  }
  template <typename... A>
  void warn(fmt::format_string<A...> f, A&&... a) const {
    log(spdlog::level::warn, f, std::forward<A>(a)...);
  }
  template <typename... A>
  void error(fmt::format_string<A...> f, A&&... a) const {
    log(spdlog::level::err, f, std::forward<A>(a)...);
  }

  // Writes one line with extra fields for this line only (e.g. an API attempt's code and latency).
  void event(spdlog::level::level_enum level, std::string_view message,
             const std::vector<std::pair<std::string, std::string>>& fields) const;

  void flush() const { logger_->flush(); }

 private:
  template <typename... A>
  void log(spdlog::level::level_enum level, fmt::format_string<A...> f, A&&... a) const {
    if (!logger_->should_log(level)) return;
    event(level, fmt::format(f, std::forward<A>(a)...), {});
  }

  // Secrets masked, then every control byte escaped (in this order: an escaped secret would no
  // longer match its redaction).
  [[nodiscard]] std::string clean(std::string_view text) const;
  void journalEntry(spdlog::level::level_enum level, const std::string& message,
                    const std::vector<std::pair<std::string, std::string>>& fields) const;

  std::shared_ptr<spdlog::logger> logger_;
  Format format_;
  std::shared_ptr<JournalWriter> journal_;
  std::shared_ptr<Redactor> redactor_;
  std::vector<std::pair<std::string, std::string>> fields_;
};

}  // namespace cgs
