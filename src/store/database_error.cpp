#include "store/database_error.h"

#include <pqxx/except>

#include <array>
#include <string_view>

namespace cgs {
namespace {

std::string firstLine(const char* what) {
  std::string s(what);
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

bool transientState(std::string_view state) {
  // 08: connection exception; 40001 serialization; 40P01 deadlock; 53: insufficient resources
  // (disk full, out of memory, too many connections); 57014 statement timeout / cancel;
  // 57P01-57P03 admin shutdown, crash shutdown, cannot connect now; 55P03 lock not available.
  if (state.size() != 5) return false;
  if (state.substr(0, 2) == "08" || state.substr(0, 2) == "53") return true;
  constexpr std::array<std::string_view, 7> kStates{"40001", "40P01", "57014", "57P01",
                                                    "57P02", "57P03", "55P03"};
  for (auto s : kStates) {
    if (state == s) return true;
  }
  return false;
}

}  // namespace

DatabaseError classifyDatabaseError(const std::exception& e) {
  const std::string message = firstLine(e.what());
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e); sql && !sql->sqlstate().empty()) {
    const std::string state = sql->sqlstate();
    return DatabaseError("Database." + state, message, transientState(state), false,
                         state == "42501");
  }
  // libpqxx 6 throws these without a SQLSTATE, as failures beside sql_error: the class is the
  // state. A rolled-back transaction (deadlock, serialization) is worth trying again.
  if (dynamic_cast<const pqxx::deadlock_detected*>(&e) != nullptr) {
    return DatabaseError("Database.40P01", message, true, false);
  }
  if (dynamic_cast<const pqxx::serialization_failure*>(&e) != nullptr) {
    return DatabaseError("Database.40001", message, true, false);
  }
  if (dynamic_cast<const pqxx::statement_completion_unknown*>(&e) != nullptr) {
    return DatabaseError("Database.40003", message, true, true);
  }
  if (dynamic_cast<const pqxx::transaction_rollback*>(&e) != nullptr) {
    return DatabaseError("Database.40000", message, true, false);
  }
  if (dynamic_cast<const pqxx::too_many_connections*>(&e) != nullptr) {
    return DatabaseError("Database.53300", message, true, true);
  }
  if (dynamic_cast<const pqxx::in_doubt_error*>(&e) != nullptr) {
    // The commit's fate is unknown: the connection was lost as it was sent.
    return DatabaseError("Database.08007", message, true, true);
  }
  if (dynamic_cast<const pqxx::failure*>(&e) != nullptr) {
    // No SQLSTATE from the server: the session was lost under a statement, a COPY or a commit
    // (server gone, failover, network): connection_failure, as PostgreSQL names it.
    return DatabaseError("Database.08006", message, true, true);
  }
  return DatabaseError("Database.Error", message, false, false);
}

DatabaseError connectError(const std::exception& e) {
  if (dynamic_cast<const pqxx::too_many_connections*>(&e) != nullptr) {
    return classifyDatabaseError(e);
  }
  // The client could not establish a session (unreachable, refused, authentication):
  // sqlclient_unable_to_establish_sqlconnection.
  return DatabaseError("Database.08001", firstLine(e.what()), true, true);
}

}  // namespace cgs
