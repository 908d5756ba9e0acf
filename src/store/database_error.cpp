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
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e); sql && !sql->sqlstate().empty()) {
    const std::string state = sql->sqlstate();
    return DatabaseError("Database." + state, firstLine(e.what()), transientState(state), false,
                         state == "42501");
  }
  if (dynamic_cast<const pqxx::failure*>(&e) != nullptr) {
    // No SQLSTATE from the server: the session was lost under a statement, a COPY or a commit
    // (server gone, failover, network): connection_failure, as PostgreSQL names it.
    return DatabaseError("Database.08006", firstLine(e.what()), true, true);
  }
  return DatabaseError("Database.Error", firstLine(e.what()), false, false);
}

DatabaseError connectError(const std::exception& e) {
  // The client could not establish a session (unreachable, refused, too many connections
  // reported at startup, authentication): sqlclient_unable_to_establish_sqlconnection.
  return DatabaseError("Database.08001", firstLine(e.what()), true, true);
}

}  // namespace cgs
