#pragma once

// What the SyncWorker-level integration tests share: a config pointing at a test schema and an
// in-process cams-sim (one account, acme = cams-sim-0001), and the environment a run borrows.
#include <memory>
#include <string>

#include "pg_harness.h"
#include "sim_harness.h"
#include "sync/sync_worker.h"

namespace cgs::testing {

inline constexpr const char* kSimSpace = "cams-sim-0001";
inline constexpr const char* kSimNumber = "8613800000001";

// Pages of 10, two attempts, no pacing to speak of; the simulator's key inline.
inline Config syncTestConfig(const TestSchema& schema, const sim::SimServer& sim) {
  Config c;
  c.database.url = testDatabaseUrl();
  c.database.schema = schema.name();
  c.api.endpoint = sim.endpoint();
  c.api.scheme = "http";
  c.api.page_size = 10;
  c.api.max_attempts = 2;
  c.api.qps = 1000;
  CredentialConfig creds;
  creds.name = "default";
  creds.access_key_id.inline_value = Secret(kSimKey);
  creds.access_key_secret.inline_value = Secret(kSimSecret);
  c.credentials.push_back(creds);
  AccountConfig a;
  a.name = "acme";
  a.cust_space_id = kSimSpace;
  a.business_number = kSimNumber;
  c.accounts.push_back(a);
  return c;
}

// Fresh limiters for `config`, drawing on the shared quota of its database, as the daemon's do.
inline std::map<std::string, std::shared_ptr<RateLimiter>> testLimiters(const Config& config,
                                                                        Clock& clock) {
  auto quota = std::make_shared<SharedQuota>(config.database.url, config.database.schema, clock);
  return SyncEnvironment::limitersFor(config, *quota, {});
}

// The environment of a run under `config` (its limiters made fresh), logging errors only.
inline SyncEnvironment syncTestEnvironment(
    std::shared_ptr<const Config> config, Clock& clock, Random& random, const StopSignal& stop,
    EnvLookup env = [](const std::string&) { return std::optional<std::string>(); }) {
  SyncEnvironment e;
  e.limiters = testLimiters(*config, clock);
  e.config = std::move(config);
  e.clock = &clock;
  e.random = &random;
  e.stop = &stop;
  e.log = makeBootstrapLog("error", "text", std::make_shared<Redactor>());
  e.redactor = std::make_shared<Redactor>();
  e.env = std::move(env);
  e.host = "test-host";
  e.pid = 1;
  e.schema_version = schemaVersion();
  return e;
}

}  // namespace cgs::testing
