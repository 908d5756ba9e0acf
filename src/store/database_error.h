#pragma once

#include <exception>
#include <stdexcept>
#include <string>

#include <pqxx/except>

namespace cgs {

// A database operation that failed. `code` is "Database.Unavailable" for a lost or refused
// connection and "Database.<SQLSTATE>" otherwise; `retryable` says whether the same work may
// succeed later (connection loss, admin shutdown, too many connections, serialization failure,
// deadlock, statement timeout, disk full) as opposed to a bug or bad data.
class DatabaseError : public std::runtime_error {
 public:
  DatabaseError(std::string code, const std::string& message, bool retryable)
      : std::runtime_error(message), code_(std::move(code)), retryable_(retryable) {}
  [[nodiscard]] const std::string& code() const { return code_; }
  [[nodiscard]] bool retryable() const { return retryable_; }

 private:
  std::string code_;
  bool retryable_;
};

// Translates whatever libpqxx threw (pqxx::broken_connection, pqxx::sql_error and its typed
// subclasses, ...) into a DatabaseError. Call inside a catch block.
[[nodiscard]] DatabaseError classifyDatabaseError(const std::exception& e);

// Runs `f`, rethrowing a libpqxx failure (connection, SQL) as a DatabaseError; anything else,
// including the callers' own exceptions, passes through unchanged.
template <typename F>
decltype(auto) withDatabaseErrors(F&& f) {
  try {
    return f();
  } catch (const pqxx::failure& e) {
    throw classifyDatabaseError(e);
  }
}

}  // namespace cgs
