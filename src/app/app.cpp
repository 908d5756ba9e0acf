#include "app/app.h"

#include <ostream>

#include "app/app_context.h"
#include "app/commands.h"
#include "app/database.h"
#include "app/readiness.h"
#include "cams/curl_transport.h"
#include "cli/exit_codes.h"
#include "config/config_loader.h"
#include "config/config_summary.h"
#include "config/env_file.h"

namespace cgs {
namespace {

int dispatch(AppContext& app, std::ostream& out, std::ostream& err) {
  const Database database(app.config().database, app.log());
  const CliOptions& o = app.options();
  if (o.migrate) return runMigrateCommand(app, database, out);
  if (o.status) return runStatusCommand(app, database, out);
  if (!o.redeliver.empty()) return runRedeliverCommand(app, database, out);
  if (o.once) return runOnceCommand(app, database, out, err);
  return runDaemonCommand(app, database);
}

}  // namespace

int runApp(const CliOptions& options, std::ostream& out, std::ostream& err) {
  if (!options.env_file.empty()) {
    try {
      applyEnvFile(options.env_file);
    } catch (const ConfigError& e) {
      err << e.what() << "\ncams-groupsync: cannot use the environment file " << options.env_file
          << '\n';
      return kExitUsage;
    }
  }
  Config config;
  try {
    config = loadConfigFor(options);
  } catch (const ConfigError& e) {
    err << e.what() << '\n'
        << "cams-groupsync: " << e.issues().size() << " configuration error(s) in "
        << options.config_path << '\n';
    return kExitUsage;
  }
  if (options.check_config) {
    out << summarizeConfig(config);
    const auto problems = readinessProblems(config, processEnv());
    for (const auto& p : problems) err << "error: " << p << '\n';
    if (problems.empty()) return kExitOk;
    err << "cams-groupsync: " << problems.size() << " problem(s) would stop " << options.config_path
        << " from syncing here\n";
    return kExitUsage;
  }
  CurlGlobal curl;
  try {
    AppContext app(options, std::move(config));
    return dispatch(app, out, err);
  } catch (const spdlog::spdlog_ex& e) {
    err << "cams-groupsync: cannot set up logging: " << e.what() << '\n';
    return kExitUsage;
  }
}

}  // namespace cgs
