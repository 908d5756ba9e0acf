// Wiring and exit codes only.
#include <iostream>
#include <variant>

#include "cli/cli.h"
#include "cli/exit_codes.h"
#include "config/config_loader.h"
#include "config/config_summary.h"

int main(int argc, char** argv) {
  using namespace cgs;
  auto parsed = parseCommandLine(argc, argv, std::cout, std::cerr);
  if (const int* code = std::get_if<int>(&parsed)) return *code;
  const CliOptions& opts = std::get<CliOptions>(parsed);

  Config config;
  try {
    config = loadConfig(opts.config_path, processEnv());
  } catch (const ConfigError& e) {
    std::cerr << e.what() << '\n'
              << "cams-groupsync: " << e.issues().size() << " configuration error(s)\n";
    return kExitUsage;
  }
  if (opts.check_config) {
    std::cout << summarizeConfig(config);
    return kExitOk;
  }
  std::cerr << "cams-groupsync: syncing is not available yet\n";
  return kExitUsage;
}
