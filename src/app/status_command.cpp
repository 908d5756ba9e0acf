#include <ostream>

#include "app/commands.h"
#include "app/status_table.h"
#include "cli/exit_codes.h"
#include "store/database_error.h"
#include "store/outbox_store.h"

namespace cgs {

int runStatusCommand(const AppContext& app, const Database& database, std::ostream& out) {
  try {
    Connection c = database.connect();
    const StatusTable t = renderStatus(app.config(), latestRuns(c));
    out << t.text;
    if (!app.config().webhooks.empty()) {
      OutboxStore outbox(c);
      out << renderWebhookStatus(app.config(), outbox.backlog());
    }
    return t.stale ? kExitAccountFailed : kExitOk;
  } catch (const DatabaseError& e) {
    app.log().error("cannot read run status: {} ({})", e.what(), e.code());
    return kExitDatabase;
  }
}

}  // namespace cgs
