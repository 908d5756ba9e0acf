#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <random>
#include <string>

#include <pqxx/pqxx>

#include "common/crypto.h"
#include "store/connection.h"
#include "store/migrator.h"

namespace cgs::testing {

// The throwaway server scripts/test.sh starts. Integration tests never skip: without it they fail.
inline std::string testDatabaseUrl() {
  const char* url = std::getenv("CGS_TEST_DATABASE_URL");
  if (url == nullptr || *url == '\0') {
    throw std::runtime_error(
        "CGS_TEST_DATABASE_URL is not set: run the tests through scripts/test.sh, which starts a "
        "throwaway PostgreSQL (or point it at one)");
  }
  return url;
}

inline std::string migrationsDir() { return CGS_SOURCE_DIR "/migrations"; }
// The schema version this source tree's migrations reach.
inline int schemaVersion() { return latestVersion(loadMigrations(migrationsDir())); }

// A schema of its own for one test, migrated, dropped afterwards.
class TestSchema {
 public:
  // `prefix` starts the schema's name: "t_" by default, "Mirror-" for one that needs quoting.
  explicit TestSchema(bool migrated = true, const std::string& prefix = "t_")
      : name_(prefix + randomHex(6)) {
    if (migrated) {
      Connection c(testDatabaseUrl(), name_);
      (void)migrate(c, loadMigrations(migrationsDir()));
    }
  }
  ~TestSchema() {
    try {
      pqxx::connection c(testDatabaseUrl());
      pqxx::nontransaction tx(c);
      tx.exec("DROP SCHEMA IF EXISTS " + tx.quote_name(name_) + " CASCADE");
    } catch (...) {
    }
  }
  TestSchema(const TestSchema&) = delete;
  TestSchema& operator=(const TestSchema&) = delete;

  [[nodiscard]] const std::string& name() const { return name_; }
  [[nodiscard]] Connection connect() const { return Connection(testDatabaseUrl(), name_); }

  // One value from a query run in this schema.
  template <typename T>
  T scalar(const std::string& sql) const {
    pqxx::connection c(testDatabaseUrl());
    pqxx::work tx(c);
    tx.exec("SET LOCAL search_path TO " + tx.quote_name(name_));
    return tx.exec1(sql)[0].as<T>();
  }
  pqxx::result query(const std::string& sql) const {
    pqxx::connection c(testDatabaseUrl());
    pqxx::work tx(c);
    tx.exec("SET LOCAL search_path TO " + tx.quote_name(name_));
    auto r = tx.exec(sql);
    tx.commit();
    return r;
  }

 private:
  std::string name_;
};

}  // namespace cgs::testing
