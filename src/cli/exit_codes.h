#pragma once

namespace cgs {

// Process exit codes; README.md and --help document them.
enum ExitCode : int {
  kExitOk = 0,             // every account synced (or the requested action succeeded)
  kExitAccountFailed = 1,  // at least one account failed (or --status found a stale account)
  kExitUsage = 2,          // usage or configuration error
  kExitDatabase = 3,       // database unavailable or migration failure
};

}  // namespace cgs
