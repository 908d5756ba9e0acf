#include "store/account_lock.h"

#include <pqxx/pqxx>

#include "store/database_error.h"

namespace cgs {

AccountLock::AccountLock(std::string conninfo, std::string schema)
    : connection_(std::move(conninfo), std::move(schema)) {}

bool AccountLock::tryLock(const std::string& account_name) {
  return withDatabaseErrors([&] {
    try {
      pqxx::nontransaction tx(connection_.get());
      return tx
          .exec_params1(
              "SELECT pg_try_advisory_lock(hashtext('cams-groupsync/account/' || $1), "
              "hashtext($2))",
              connection_.schema(), account_name)[0]
          .as<bool>();
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
    tx.exec_params(
        "SELECT pg_advisory_unlock(hashtext('cams-groupsync/account/' || $1), hashtext($2))",
        connection_.schema(), account_name);
  } catch (const pqxx::failure&) {
    connection_.reset();  // dropping the session releases every lock it held
  }
}

}  // namespace cgs
