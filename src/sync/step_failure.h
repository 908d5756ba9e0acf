#pragma once

#include <string>

namespace cgs {

// What made a run or one of its steps fail, as a value: callers branch on this, never on an error
// code's text.
enum class FailureKind {
  kNone,
  kRun,                  // the run's own verdict: the API, the credentials, a mass removal
  kDatabase,             // PostgreSQL refused a statement ("Database.<SQLSTATE>")
  kDatabaseUnavailable,  // no session: unreachable or lost ("Database.08001", "Database.08006")
  kSchemaTooNew,         // a newer release migrated the schema ("Schema.TooNew")
  kInternal,             // a bug ("Internal")
};

// Whether the database, not the API or the run, is why it failed.
[[nodiscard]] constexpr bool isDatabaseFailure(FailureKind k) {
  return k == FailureKind::kDatabase || k == FailureKind::kDatabaseUnavailable ||
         k == FailureKind::kSchemaTooNew;
}

// A step that threw, with the code and message the run records.
struct StepFailure {
  FailureKind kind = FailureKind::kInternal;
  std::string code;
  std::string message;
};

// The exception in flight as a failure of its kind: DatabaseError, SchemaTooNew, or anything else
// (Internal). The one place a step's exception is classified; call it from a catch (...) block.
[[nodiscard]] StepFailure currentFailure();

}  // namespace cgs
