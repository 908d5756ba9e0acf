#include <ostream>

#include <fmt/format.h>

#include "app/commands.h"
#include "cli/exit_codes.h"
#include "store/database_error.h"
#include "store/outbox_store.h"

namespace cgs {

int runRedeliverCommand(const AppContext& app, const Database& database, std::ostream& out) {
  const CliOptions& o = app.options();
  const auto& hooks = app.config().webhooks;
  if (std::none_of(hooks.begin(), hooks.end(),
                   [&](const WebhookConfig& w) { return w.name == o.redeliver; })) {
    app.log().error("--redeliver: no webhook named \"{}\" in {}", o.redeliver, app.config().path);
    return kExitUsage;
  }
  try {
    database.requireMirror();
    Connection c = database.connect();
    OutboxStore store(c);
    const int n = store.redeliver(
        o.redeliver, o.since.empty() ? std::nullopt : std::optional<std::string>(o.since));
    out << fmt::format("webhook {}: {} dead deliver{} requeued{}\n", o.redeliver, n,
                       n == 1 ? "y" : "ies",
                       o.since.empty() ? "" : " (created since " + o.since + ")");
    return kExitOk;
  } catch (const DatabaseError& e) {
    app.log().error("cannot requeue deliveries: {} ({})", e.what(), e.code());
    return kExitDatabase;
  } catch (const std::exception& e) {
    app.log().error("cannot requeue deliveries: {}", e.what());
    return kExitDatabase;
  }
}

}  // namespace cgs
