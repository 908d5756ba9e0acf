#pragma once

#include <string>

#include <pqxx/transaction_base>

#include "store/connection.h"

namespace cgs {

// The PostgreSQL advisory locks that keep replicas apart. Their keys are decided here only:
// (hashtext('cams-groupsync/account/' || schema), hashtext(account)) for "this session syncs the
// account", the same under 'cams-groupsync/merge/' for the transaction that merges it,
// (hashtext('cams-groupsync/migrate'), hashtext(schema)) while a session migrates the schema,
// and the same under 'cams-groupsync/discovery' while a session lists the inventory.

// Session-level account lock: true when this session now holds it, false when another does.
[[nodiscard]] bool tryLockAccount(pqxx::transaction_base& tx, const std::string& schema,
                                  const std::string& account_name);
void unlockAccount(pqxx::transaction_base& tx, const std::string& schema,
                   const std::string& account_name);
// Transaction-level merge lock: two runs of one account never merge at once, even if a replica
// lost its session lock. Waits for it; released at commit or rollback.
void lockAccountMerge(pqxx::transaction_base& tx, const std::string& schema,
                      const std::string& account_name);

// Session-level lock of a webhook's dispatch: one replica sends a webhook's deliveries at a time.
[[nodiscard]] bool tryLockWebhook(pqxx::transaction_base& tx, const std::string& schema,
                                  const std::string& webhook);
void unlockWebhook(pqxx::transaction_base& tx, const std::string& schema,
                   const std::string& webhook);

// Session-level lock of discovery: one replica lists the inventory at a time.
[[nodiscard]] bool tryLockDiscovery(pqxx::transaction_base& tx, const std::string& schema);
void unlockDiscovery(pqxx::transaction_base& tx, const std::string& schema);

// Session-level migration lock of a schema: waits for it.
void lockMigrations(pqxx::transaction_base& tx, const std::string& schema);
void unlockMigrations(pqxx::transaction_base& tx, const std::string& schema);
// The migration lock until the transaction ends (waits for a migrator; a migrator waits for it).
void lockMigrationsUntilCommit(pqxx::transaction_base& tx, const std::string& schema);
// Shared with every other writer, exclusive of migrators, until the transaction ends: what a
// write takes so that no migration runs under it.
void lockMigrationsSharedUntilCommit(pqxx::transaction_base& tx, const std::string& schema);

// One account lock per account, on a connection of its own: while a replica holds an account's
// lock no other replica syncs that account. A lock dies with its session, so a crashed replica
// never leaves an account locked. Not thread-safe: one per worker.
class AccountLock {
 public:
  AccountLock(std::string conninfo, std::string schema);

  // True when this session now holds the account's lock; false when another session does.
  // Throws DatabaseError when the database is unreachable.
  [[nodiscard]] bool tryLock(const std::string& account_name);
  void unlock(const std::string& account_name);
  // Ends the session (and with it any lock it still held).
  void close() { connection_.reset(); }

 private:
  Connection connection_;
};

}  // namespace cgs
