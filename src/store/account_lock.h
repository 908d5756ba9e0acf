#pragma once

#include <string>

#include "store/connection.h"

namespace cgs {

// Session-level PostgreSQL advisory locks, one per account, on a connection of their own: while a
// replica holds an account's lock no other replica syncs that account. A lock dies with its
// session, so a crashed replica never leaves an account locked. Not thread-safe: one per worker.
class AccountLock {
 public:
  AccountLock(std::string conninfo, std::string schema);

  // True when this session now holds the account's lock; false when another session does.
  // Throws DatabaseError when the database is unreachable.
  [[nodiscard]] bool tryLock(const std::string& account_name);
  void unlock(const std::string& account_name);

 private:
  Connection connection_;
};

}  // namespace cgs
