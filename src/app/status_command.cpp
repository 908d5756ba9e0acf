#include <algorithm>
#include <ostream>

#include "app/commands.h"
#include "app/status_table.h"
#include "cli/exit_codes.h"
#include "store/database_error.h"
#include "store/inventory_store.h"
#include "store/outbox_store.h"
#include "store/run_store.h"
#include "sync/account_roster.h"

namespace cgs {

int runStatusCommand(const AppContext& app, const Database& database, std::ostream& out) {
  try {
    Connection c = database.connect();
    if (!mirrorExists(c)) {
      app.log().error(
          "the database has no mirror in schema {} yet: create it with cams-groupsync --migrate "
          "(as the schema's owner), or let the first sync do it",
          app.config().database.schema);
      return kExitDatabase;
    }
    // The accounts in force are the configured ones and those the inventory makes.
    std::vector<KnownNumber> numbers;
    std::optional<DiscoverySummary> latest;
    if (app.config().discovery && inventoryExists(c)) {
      InventoryStore inventory(c);
      numbers = inventory.knownNumbers();
      latest = inventory.latestRun();
    }
    const AccountRoster roster = resolveRoster(app.config(), numbers);
    const StatusTable t =
        renderStatus(withRoster(app.config(), roster), latestRuns(c), roster.retired);
    out << t.text << renderDiscoveryStatus(app.config(), latest, roster);
    if (!app.config().webhooks.empty()) {
      OutboxStore outbox(c);
      std::vector<std::string> names;  // configured ones, then any others that still have rows
      for (const auto& w : app.config().webhooks) names.push_back(w.name);
      for (auto& n : outbox.webhooksWithRows()) {
        if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(std::move(n));
      }
      out << renderWebhookStatus(app.config(), outbox.backlog(names));
    }
    return t.stale ? kExitAccountFailed : kExitOk;
  } catch (const DatabaseError& e) {
    app.log().error("cannot read run status: {} ({})", e.what(), e.code());
    return kExitDatabase;
  }
}

}  // namespace cgs
