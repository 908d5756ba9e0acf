#pragma once

#include <iosfwd>
#include <string>
#include <variant>
#include <vector>

namespace cgs {

inline constexpr const char* kDefaultConfigPath = "/etc/cams-groupsync/config.yaml";

// What the command line asked for. Exactly one action runs: check-config, migrate, status,
// redeliver, once (with dry-run/prune) or, by default, the daemon loop.
struct CliOptions {
  std::string config_path = kDefaultConfigPath;
  std::string env_file;  // empty = none; its variables are set before the config is read
  bool once = false;
  std::vector<std::string> accounts;  // --account, repeatable; empty = all enabled accounts
  bool dry_run = false;               // with once or migrate
  bool check_config = false;
  bool migrate = false;
  bool status = false;
  bool prune = false;
  bool wait = false;  // with once: wait for the runs of accounts another replica is syncing
  bool allow_mass_removal = false;
  std::string redeliver;   // --redeliver WEBHOOK: requeue its dead deliveries
  std::string since;       // with redeliver: only those created at or after this time
  std::string log_level;   // empty = from config
  std::string log_format;  // empty = from config
};

// Parses argv. Returns the options, or the exit code to end with (0 after --help/--version, 2
// after a usage error) once the message has been written to `out` or `err`.
[[nodiscard]] std::variant<CliOptions, int> parseCommandLine(int argc, const char* const* argv,
                                                             std::ostream& out, std::ostream& err);

}  // namespace cgs
