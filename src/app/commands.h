#pragma once

#include <iosfwd>

#include "app/app_context.h"
#include "app/database.h"

namespace cgs {

// One function per command of the command line; each returns the process exit code
// (cli/exit_codes.h) and writes its results to `out`.

// --migrate: apply pending migrations and exit; with --dry-run print them instead.
[[nodiscard]] int runMigrateCommand(const AppContext& app, const Database& database,
                                    std::ostream& out);
// --status: the table of accounts and their latest runs; exit 1 when one is stale.
[[nodiscard]] int runStatusCommand(const AppContext& app, const Database& database,
                                   std::ostream& out);
// --redeliver WEBHOOK [--since TIME]: dead deliveries become pending again.
[[nodiscard]] int runRedeliverCommand(const AppContext& app, const Database& database,
                                      std::ostream& out);
// --once (with --dry-run, --prune, --account): one run of each selected account, then exit.
[[nodiscard]] int runOnceCommand(AppContext& app, const Database& database, std::ostream& out,
                                 std::ostream& err);
// The default: the scheduler loop under systemd until SIGTERM.
[[nodiscard]] int runDaemonCommand(AppContext& app, const Database& database);

}  // namespace cgs
