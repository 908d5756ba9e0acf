#pragma once

#include <iosfwd>

#include "cli/cli.h"

namespace cgs {

// Runs what the command line asked for and returns the process exit code (cli/exit_codes.h).
// Writes results (summaries, tables, dry-run change sets) to `out` and logs to stderr/the log file.
// Expects blockControlSignals() to have been called before any thread started.
[[nodiscard]] int runApp(const CliOptions& options, std::ostream& out, std::ostream& err);

}  // namespace cgs
