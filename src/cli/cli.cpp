#include "cli/cli.h"

#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "common/iso_time.h"
#include "common/version.h"

namespace cgs {
namespace {

// --since: a time PostgreSQL reads the same in every session (common/iso_time.h).
const CLI::Validator kIsoTime(
    [](const std::string& v) {
      return isIsoTime(v) ? std::string()
                          : "expected an ISO 8601 time like 2026-11-20, 2026-11-20T08:00:00Z or "
                            "\"2026-11-20 08:00+08:00\", got \"" +
                                v + "\"";
    },
    "", "ISO 8601");

constexpr const char* kDescription =
    "cams-groupsync: mirrors the WhatsApp groups of Alibaba Cloud CAMS accounts (the "
    "ListChatGroup API) into PostgreSQL, with change history, optionally their members with a\n"
    "join/leave timeline, and signed webhooks of every change.\n"
    "Without an action flag it runs as a daemon, syncing every account on its schedule.";

constexpr const char* kFooter =
    "Exit codes: 0 success (an account another replica synced is not a failure); 1 at least\n"
    "one account failed (or --status found a stale account);\n"
    "2 usage or configuration error; 3 database unavailable or migration failure.\n"
    "Signals (daemon): SIGTERM/SIGINT stop cleanly, SIGHUP reloads the configuration.\n"
    "Credentials come from the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, "
    "ALIBABA_CLOUD_ACCESS_KEY_SECRET,\nALIBABA_CLOUD_SECURITY_TOKEN) or files named in the "
    "config; see /etc/cams-groupsync/config.yaml.example and cams-groupsync.yaml(5).";

// Every option and flag, and which actions exclude each other.
void addOptions(CLI::App& app, CliOptions& o) {
  app.add_option("-c,--config", o.config_path, "Configuration file (YAML)");
  app.add_option("--env-file", o.env_file,
                 "Set the variables of FILE (systemd EnvironmentFile= syntax, mode 600) before "
                 "anything else, as the unit does: an admin command sees the service's "
                 "environment (cams-groupsync-admin passes the unit's)")
      ->type_name("FILE");
  auto* once = app.add_flag("--once", o.once,
                            "Sync each selected account once, then exit (with discovery: in the "
                            "config, list the instances and numbers first)");
  app.add_option("-a,--account", o.accounts,
                 "Only this account (repeatable); default: every enabled account")
      ->type_name("NAME");
  app.add_flag("--dry-run", o.dry_run,
               "With --once: fetch and print each account's change set, write nothing. With "
               "--migrate: print the migrations that would be applied, apply none");
  app.add_flag("--prune", o.prune, "With --once: also apply the retention policy now")->needs(once);
  app.add_flag("--wait", o.wait,
               "With --once: an account another replica is syncing is not skipped but waited "
               "for, and that run's result is this account's")
      ->needs(once);
  app.add_flag("--allow-mass-removal", o.allow_mass_removal,
               "Apply listings that would remove more than safety.max_removal_share of an "
               "account's groups (otherwise they are held)");
  auto* check = app.add_flag("--check-config", o.check_config,
                             "Validate the configuration and read every credential it needs (never "
                             "printed), print a summary and warnings, exit 0 (ready) or 2");
  auto* migrate = app.add_flag("--migrate", o.migrate, "Apply database migrations, then exit");
  auto* status = app.add_flag("--status", o.status,
                              "Print the latest run of each account (discovered and retired ones "
                              "too); exit 1 if any account's last success is older than 3 "
                              "intervals");
  auto* redeliver =
      app.add_option("--redeliver", o.redeliver,
                     "Requeue the dead deliveries of this webhook (sent by the daemon, or at the "
                     "end of the next --once), then exit")
          ->type_name("WEBHOOK");
  app.add_option("--since", o.since,
                 "With --redeliver: only deliveries created at or after TIME (ISO 8601, e.g. "
                 "2026-11-20T00:00:00Z)")
      ->type_name("TIME")
      ->check(kIsoTime)
      ->needs(redeliver);
  redeliver->excludes(once)->excludes(migrate)->excludes(status)->excludes(check);
  check->excludes(once)->excludes(migrate)->excludes(status);
  migrate->excludes(once)->excludes(status);
  status->excludes(once);
  app.add_option("--log-level", o.log_level, "Override logging.level")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error"}));
  app.add_option("--log-format", o.log_format, "Override logging.format")
      ->check(CLI::IsMember({"text", "json"}));
}

}  // namespace

std::variant<CliOptions, int> parseCommandLine(int argc, const char* const* argv, std::ostream& out,
                                               std::ostream& err) {
  CliOptions o;
  CLI::App app{kDescription, "cams-groupsync"};
  app.option_defaults()->always_capture_default();
  addOptions(app, o);
  app.set_version_flag("--version", std::string("cams-groupsync ") + kVersion);
  app.footer(kFooter);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::CallForVersion&) {
    out << "cams-groupsync " << kVersion << '\n';
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    err << "cams-groupsync: " << e.what() << "\nRun with --help for usage.\n";
    return kExitUsage;
  }
  if (o.dry_run && !o.once && !o.migrate) {
    err << "cams-groupsync: --dry-run needs --once or --migrate\nRun with --help for usage.\n";
    return kExitUsage;
  }
  return o;
}

}  // namespace cgs
