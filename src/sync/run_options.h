#pragma once

#include <string>

#include "runtime/clock.h"

namespace cgs {

// How one account run was asked for.
struct RunOptions {
  std::string trigger = "schedule";  // or "once"
  bool dry_run = false;
  bool allow_mass_removal = false;
  // A run of the account that another process finished successfully after this moment makes
  // this one redundant: it is skipped as "synced by HOST:PID" (default: never). `--once` passes
  // its own start, so replicas started together sync each account once; the daemon, half the
  // account's interval ago.
  SteadyTime synced_since{};
};

}  // namespace cgs
