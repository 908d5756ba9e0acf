#include <ostream>

#include "app/commands.h"
#include "cli/exit_codes.h"

namespace cgs {

int runMigrateCommand(const AppContext& app, const Database& database, std::ostream& out) {
  try {
    if (app.options().dry_run) {
      database.printPendingMigrations(out);
    } else {
      database.migrate(app.config());
    }
    return kExitOk;
  } catch (const SqlAccessError& e) {
    app.log().error("{}", e.what());
    return kExitUsage;
  } catch (const std::exception& e) {
    app.log().error("migration failed: {}", e.what());
    return kExitDatabase;
  }
}

}  // namespace cgs
