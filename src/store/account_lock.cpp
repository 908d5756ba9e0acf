#include "store/account_lock.h"

#include <pqxx/pqxx>

#include "store/database_error.h"

namespace cgs {
namespace {

constexpr const char* kTryLockAccount =
    "SELECT pg_try_advisory_lock(hashtext('cams-groupsync/account/' || $1), hashtext($2))";
constexpr const char* kUnlockAccount =
    "SELECT pg_advisory_unlock(hashtext('cams-groupsync/account/' || $1), hashtext($2))";
constexpr const char* kLockAccountMerge =
    "SELECT pg_advisory_xact_lock(hashtext('cams-groupsync/merge/' || $1), hashtext($2))";

constexpr const char* kLockMigrations =
    "SELECT pg_advisory_lock(hashtext('cams-groupsync/migrate'), hashtext($1))";
constexpr const char* kLockMigrationsXact =
    "SELECT pg_advisory_xact_lock(hashtext('cams-groupsync/migrate'), hashtext($1))";
constexpr const char* kLockMigrationsSharedXact =
    "SELECT pg_advisory_xact_lock_shared(hashtext('cams-groupsync/migrate'), hashtext($1))";
constexpr const char* kUnlockMigrations =
    "SELECT pg_advisory_unlock(hashtext('cams-groupsync/migrate'), hashtext($1))";
constexpr const char* kTryLockWebhook =
    "SELECT pg_try_advisory_lock(hashtext('cams-groupsync/webhook/' || $1), hashtext($2))";
constexpr const char* kUnlockWebhook =
    "SELECT pg_advisory_unlock(hashtext('cams-groupsync/webhook/' || $1), hashtext($2))";

constexpr const char* kTryLockDiscovery =
    "SELECT pg_try_advisory_lock(hashtext('cams-groupsync/discovery'), hashtext($1))";
constexpr const char* kUnlockDiscovery =
    "SELECT pg_advisory_unlock(hashtext('cams-groupsync/discovery'), hashtext($1))";

}  // namespace

bool tryLockDiscovery(pqxx::transaction_base& tx, const std::string& schema) {
  return tx.exec_params1(kTryLockDiscovery, schema)[0].as<bool>();
}

void unlockDiscovery(pqxx::transaction_base& tx, const std::string& schema) {
  tx.exec_params(kUnlockDiscovery, schema);
}

bool tryLockWebhook(pqxx::transaction_base& tx, const std::string& schema,
                    const std::string& webhook) {
  return tx.exec_params1(kTryLockWebhook, schema, webhook)[0].as<bool>();
}

void unlockWebhook(pqxx::transaction_base& tx, const std::string& schema,
                   const std::string& webhook) {
  tx.exec_params(kUnlockWebhook, schema, webhook);
}

void lockMigrations(pqxx::transaction_base& tx, const std::string& schema) {
  tx.exec_params(kLockMigrations, schema);
}

void lockMigrationsUntilCommit(pqxx::transaction_base& tx, const std::string& schema) {
  tx.exec_params(kLockMigrationsXact, schema);
}

void lockMigrationsSharedUntilCommit(pqxx::transaction_base& tx, const std::string& schema) {
  tx.exec_params(kLockMigrationsSharedXact, schema);
}

void unlockMigrations(pqxx::transaction_base& tx, const std::string& schema) {
  tx.exec_params(kUnlockMigrations, schema);
}

bool tryLockAccount(pqxx::transaction_base& tx, const std::string& schema,
                    const std::string& account_name) {
  return tx.exec_params1(kTryLockAccount, schema, account_name)[0].as<bool>();
}

void unlockAccount(pqxx::transaction_base& tx, const std::string& schema,
                   const std::string& account_name) {
  tx.exec_params(kUnlockAccount, schema, account_name);
}

void lockAccountMerge(pqxx::transaction_base& tx, const std::string& schema,
                      const std::string& account_name) {
  tx.exec_params(kLockAccountMerge, schema, account_name);
}

AccountLock::AccountLock(std::string conninfo, std::string schema)
    : connection_(std::move(conninfo), std::move(schema)) {}

bool AccountLock::tryLock(const std::string& account_name) {
  return withDatabaseErrors([&] {
    try {
      pqxx::nontransaction tx(connection_.get());
      return tryLockAccount(tx, connection_.schema(), account_name);
    } catch (const pqxx::broken_connection&) {
      connection_.reset();
      throw;
    }
  });
}

void AccountLock::unlock(const std::string& account_name) {
  if (!connection_.isOpen()) return;  // a lost session released its locks already
  try {
    pqxx::nontransaction tx(connection_.get());
    unlockAccount(tx, connection_.schema(), account_name);
  } catch (const pqxx::failure&) {
    connection_.reset();  // dropping the session releases every lock it held
  }
}

}  // namespace cgs
