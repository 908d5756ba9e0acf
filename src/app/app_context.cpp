#include "app/app_context.h"

#include <unistd.h>

#include "common/conninfo.h"
#include "common/env_lookup.h"
#include "config/config_loader.h"
#include "logging/logging_setup.h"

namespace cgs {
namespace {

std::string hostName() {
  char buf[256] = {0};
  if (gethostname(buf, sizeof(buf) - 1) != 0) return "unknown";
  return buf;
}

// Under systemd, stderr is the journal (JOURNAL_STREAM names it): entries then go there with
// their fields, so `journalctl -u cams-groupsync ACCOUNT=acme-main` works.
LogOutput logOutputOf(const LoggingConfig& c) {
  LogOutput out{c.level,
                c.format,
                c.file,
                static_cast<std::size_t>(c.max_file_size_mb) << 20,
                static_cast<std::size_t>(c.max_files),
                nullptr};
  if (isJournalStream(processEnv()("JOURNAL_STREAM"), STDERR_FILENO))
    out.journal = systemdJournal();
  return out;
}

}  // namespace

Config loadConfigFor(const CliOptions& o) {
  Config c = loadConfig(o.config_path, processEnv());
  if (!o.log_level.empty()) c.logging.level = o.log_level;
  if (!o.log_format.empty()) c.logging.format = o.log_format;
  return c;
}

AppContext::AppContext(const CliOptions& options, Config config)
    : options_(options),
      redactor_(std::make_shared<Redactor>()),
      log_(makeLog(logOutputOf(config.logging), redactor_)),
      quota_(std::make_shared<SharedQuota>(config.database.url, config.database.schema, clock_)) {
  if (auto password = conninfoPassword(config.database.url)) redactor_->add(Secret(*password));
  env_.limiters = SyncEnvironment::limitersFor(config, *quota_, {});
  file_config_ = std::move(config);
  applyRoster();
  env_.clock = &clock_;
  env_.random = &random_;
  env_.stop = &stop_;
  env_.log = log_;
  env_.redactor = redactor_;
  env_.env = processEnv();
  env_.host = hostName();
  env_.pid = static_cast<int>(getpid());
}

SyncEnvironment AppContext::environment() const {
  std::lock_guard lock(env_mutex_);
  return env_;
}

void AppContext::replaceConfig(Config next) {
  std::lock_guard lock(env_mutex_);
  next.database = env_.config->database;
  env_.limiters = SyncEnvironment::limitersFor(next, *quota_, env_.limiters);
  file_config_ = std::move(next);
  applyRoster();
}

bool AppContext::setKnownNumbers(std::vector<KnownNumber> numbers) {
  std::lock_guard lock(env_mutex_);
  known_ = std::move(numbers);
  std::vector<std::string> before;
  for (const auto& a : env_.config->accounts) before.push_back(a.name);
  applyRoster();
  std::vector<std::string> after;
  for (const auto& a : env_.config->accounts) after.push_back(a.name);
  return before != after;
}

AccountRoster AppContext::roster() const {
  std::lock_guard lock(env_mutex_);
  return roster_;
}

void AppContext::applyRoster() {
  roster_ = resolveRoster(file_config_, known_);
  env_.config = std::make_shared<const Config>(withRoster(file_config_, roster_));
}

void AppContext::setSchemaVersion(int version) {
  std::lock_guard lock(env_mutex_);
  env_.schema_version = version;
}

void AppContext::setObserver(RunObserver* observer) {
  std::lock_guard lock(env_mutex_);
  env_.observer = observer;
}

}  // namespace cgs
