// Wiring and exit codes only.
#include <iostream>
#include <variant>

#include "app/app.h"
#include "cli/cli.h"
#include "runtime/signal_watcher.h"

int main(int argc, char** argv) {
  // Before any thread exists, so only the signal watcher ever sees SIGTERM, SIGINT and SIGHUP.
  cgs::blockControlSignals();
  auto parsed = cgs::parseCommandLine(argc, argv, std::cout, std::cerr);
  if (const int* code = std::get_if<int>(&parsed)) return *code;
  return cgs::runApp(std::get<cgs::CliOptions>(parsed), std::cout, std::cerr);
}
