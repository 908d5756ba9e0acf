#pragma once

#include <memory>
#include <optional>
#include <string>

#include <spdlog/common.h>

#include "config/config.h"
#include "logging/log.h"
#include "logging/redactor.h"

namespace cgs {

// Builds the process logger: stderr (and a size-rotated file when configured), text or JSON
// lines, every line passed through `redactor`. Throws std::runtime_error if the file cannot be
// opened. `level` and `format` override the config when given (command-line flags).
[[nodiscard]] Log makeLog(const LoggingConfig& config, std::shared_ptr<Redactor> redactor);

// A logger writing to one given sink (tests use an ostream sink).
[[nodiscard]] Log makeLogToSink(const std::string& level, const std::string& format,
                                spdlog::sink_ptr sink, std::shared_ptr<Redactor> redactor);

// A stderr-only logger used before the config is read (and by tools).
[[nodiscard]] Log makeBootstrapLog(const std::string& level, const std::string& format,
                                   std::shared_ptr<Redactor> redactor);

}  // namespace cgs
