// What a database failure is called and whether waiting cures it, for everything libpqxx 6
// throws — including the transaction rollbacks it throws beside sql_error, without a SQLSTATE.
#include "store/database_error.h"

#include <gtest/gtest.h>

#include <pqxx/except>

namespace cgs {
namespace {

struct Expected {
  std::string code;
  bool retryable;
  bool unavailable;
};

Expected classify(const std::exception& e) {
  const DatabaseError d = classifyDatabaseError(e);
  return {d.code(), d.retryable(), d.unavailable()};
}

void expect(const std::exception& e, const Expected& want) {
  const Expected got = classify(e);
  EXPECT_EQ(got.code, want.code) << e.what();
  EXPECT_EQ(got.retryable, want.retryable) << e.what();
  EXPECT_EQ(got.unavailable, want.unavailable) << e.what();
}

TEST(DatabaseError, TheServersSqlstateNamesTheFailure) {
  expect(pqxx::sql_error("ERROR: canceling statement due to statement timeout", "SELECT", "57014"),
         {"Database.57014", true, false});
  expect(pqxx::sql_error("ERROR: terminating connection due to administrator command", "", "57P01"),
         {"Database.57P01", true, false});
  expect(pqxx::sql_error("ERROR: could not extend file", "", "53100"),
         {"Database.53100", true, false});
  expect(pqxx::sql_error("ERROR: duplicate key", "", "23505"), {"Database.23505", false, false});
  const DatabaseError denied =
      classifyDatabaseError(pqxx::insufficient_privilege("ERROR: permission denied", "", "42501"));
  EXPECT_TRUE(denied.permissionDenied());
}

TEST(DatabaseError, RolledBackTransactionsCarryTheirStateAndAreTriedAgain) {
  // libpqxx 6 derives these from pqxx::failure, not sql_error: no sqlstate() to read.
  expect(pqxx::deadlock_detected("ERROR: deadlock detected"), {"Database.40P01", true, false});
  expect(pqxx::serialization_failure("ERROR: could not serialize access"),
         {"Database.40001", true, false});
  expect(pqxx::statement_completion_unknown("ERROR: completion unknown"),
         {"Database.40003", true, true});
  expect(pqxx::transaction_rollback("ERROR: rolled back"), {"Database.40000", true, false});
}

TEST(DatabaseError, ALostOrMissingSessionIsAConnectionState) {
  expect(pqxx::broken_connection("server closed the connection unexpectedly"),
         {"Database.08006", true, true});
  expect(pqxx::sql_error("server closed the connection unexpectedly", "SELECT", ""),
         {"Database.08006", true, true});
  expect(pqxx::failure("Error writing data to table: server closed the connection"),
         {"Database.08006", true, true});
  expect(pqxx::in_doubt_error("connection lost during commit"), {"Database.08007", true, true});
  expect(pqxx::too_many_connections("FATAL: sorry, too many clients already"),
         {"Database.53300", true, true});
  const DatabaseError refused = connectError(pqxx::broken_connection("connection refused"));
  EXPECT_EQ(refused.code(), "Database.08001");
  EXPECT_TRUE(refused.unavailable());
  EXPECT_EQ(connectError(pqxx::too_many_connections("FATAL: too many clients")).code(),
            "Database.53300");
}

TEST(DatabaseError, AnythingElseIsNotADatabaseStateAndIsNotRetried) {
  expect(std::runtime_error("bad input"), {"Database.Error", false, false});
}

}  // namespace
}  // namespace cgs
