#include "app/commands.h"
#include "cli/exit_codes.h"

namespace cgs {

int runMigrateCommand(const Database& database, const Log& log) {
  try {
    database.migrate();
    return kExitOk;
  } catch (const std::exception& e) {
    log.error("migration failed: {}", e.what());
    return kExitDatabase;
  }
}

}  // namespace cgs
