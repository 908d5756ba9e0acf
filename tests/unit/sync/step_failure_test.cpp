// A step's exception becomes a failure of a kind in one place (currentFailure), which the run,
// the worker and the daemon branch on.
#include "sync/step_failure.h"

#include <gtest/gtest.h>

#include <pqxx/except>

#include "store/database_error.h"
#include "store/migrator.h"

namespace cgs {
namespace {

template <typename E>
StepFailure failureOf(const E& e) {
  try {
    throw e;
  } catch (...) {
    return currentFailure();
  }
}

TEST(StepFailure, EachExceptionHasItsKind) {
  const StepFailure lost =
      failureOf(classifyDatabaseError(pqxx::broken_connection("server closed the connection")));
  EXPECT_EQ(lost.kind, FailureKind::kDatabaseUnavailable);
  EXPECT_EQ(lost.code, "Database.08006");

  const StepFailure refused =
      failureOf(classifyDatabaseError(pqxx::sql_error("ERROR: duplicate key", "", "23505")));
  EXPECT_EQ(refused.kind, FailureKind::kDatabase);
  EXPECT_EQ(refused.code, "Database.23505");
  EXPECT_TRUE(isDatabaseFailure(refused.kind));

  const StepFailure newer = failureOf(SchemaTooNew(12, "0012_future.sql", 9));
  EXPECT_EQ(newer.kind, FailureKind::kSchemaTooNew);
  EXPECT_EQ(newer.code, "Schema.TooNew");
  EXPECT_TRUE(isDatabaseFailure(newer.kind));

  const StepFailure bug = failureOf(std::logic_error("unexpected state"));
  EXPECT_EQ(bug.kind, FailureKind::kInternal);
  EXPECT_EQ(bug.code, "Internal");
  EXPECT_EQ(bug.message, "unexpected state");
  EXPECT_FALSE(isDatabaseFailure(bug.kind));

  EXPECT_EQ(failureOf(42).kind, FailureKind::kInternal);
}

}  // namespace
}  // namespace cgs
