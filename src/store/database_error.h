#pragma once

#include <exception>
#include <stdexcept>
#include <string>

#include <pqxx/except>

namespace cgs {

// A database operation that failed. `code` is "Database.<SQLSTATE>": the server's, or, when the
// server sent none, 08001 for a session that could not be established and 08006 for one lost;
// `retryable` says whether the same work may succeed later (connection loss, admin shutdown, too
// many connections, serialization failure, deadlock, statement timeout, disk full) as opposed to a
// bug or bad data. Only classifyDatabaseError and connectError make one; callers ask unavailable(),
// never compare codes.
class DatabaseError : public std::runtime_error {
 public:
  [[nodiscard]] const std::string& code() const { return code_; }
  [[nodiscard]] bool retryable() const { return retryable_; }
  // No session: the server could not be reached, or the connection was lost.
  [[nodiscard]] bool unavailable() const { return unavailable_; }
  // The session's role lacks a privilege the statement needs (SQLSTATE 42501).
  [[nodiscard]] bool permissionDenied() const { return permission_denied_; }
  // The same failure told with another message (the migrator names the statement).
  [[nodiscard]] DatabaseError withMessage(const std::string& message) const {
    DatabaseError e = *this;
    static_cast<std::runtime_error&>(e) = std::runtime_error(message);
    return e;
  }

 private:
  friend DatabaseError classifyDatabaseError(const std::exception& e);
  friend DatabaseError connectError(const std::exception& e);
  DatabaseError(std::string code, const std::string& message, bool retryable, bool unavailable,
                bool permission_denied = false)
      : std::runtime_error(message),
        code_(std::move(code)),
        retryable_(retryable),
        unavailable_(unavailable),
        permission_denied_(permission_denied) {}

  std::string code_;
  bool retryable_;
  bool unavailable_;
  bool permission_denied_;
};

// Translates whatever libpqxx threw (pqxx::broken_connection, pqxx::sql_error and its typed
// subclasses, ...) into a DatabaseError. Call inside a catch block.
[[nodiscard]] DatabaseError classifyDatabaseError(const std::exception& e);

// Translates a failure to open a session (the pqxx::connection constructor).
[[nodiscard]] DatabaseError connectError(const std::exception& e);

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
