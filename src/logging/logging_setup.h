#pragma once

#include <memory>
#include <optional>
#include <string>

#include <spdlog/common.h>

#include "logging/journal.h"
#include "logging/log.h"
#include "logging/redactor.h"

namespace cgs {

// Where and how the process logs: level trace|debug|info|warn|error, format text|json, and an
// optional size-rotated file beside stderr.
struct LogOutput {
  std::string level = "info";
  std::string format = "text";
  std::string file;  // empty: stderr only
  std::size_t max_file_bytes = 50u << 20;
  std::size_t max_files = 5;
  // When set (stderr is the journal: isJournalStream), entries go there with structured fields
  // instead of to stderr as text; the file, if any, is still written.
  std::shared_ptr<JournalWriter> journal;
};

// Builds the process logger: stderr or the journal (and the rotated file when one is named), every
// line passed through `redactor`. Throws std::runtime_error if the file cannot be opened.
[[nodiscard]] Log makeLog(const LogOutput& output, std::shared_ptr<Redactor> redactor);

// A logger writing to one given sink (tests use an ostream sink).
[[nodiscard]] Log makeLogToSink(const std::string& level, const std::string& format,
                                spdlog::sink_ptr sink, std::shared_ptr<Redactor> redactor);

// A stderr-only logger used before the config is read (and by tools).
[[nodiscard]] Log makeBootstrapLog(const std::string& level, const std::string& format,
                                   std::shared_ptr<Redactor> redactor);

}  // namespace cgs
