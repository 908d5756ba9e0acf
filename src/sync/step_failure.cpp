#include "sync/step_failure.h"

#include <exception>

#include "store/database_error.h"
#include "store/migrator.h"

namespace cgs {

StepFailure currentFailure() {
  try {
    throw;
  } catch (const DatabaseError& e) {
    return {e.unavailable() ? FailureKind::kDatabaseUnavailable : FailureKind::kDatabase, e.code(),
            e.what()};
  } catch (const SchemaTooNew& e) {
    return {FailureKind::kSchemaTooNew, "Schema.TooNew", e.what()};
  } catch (const std::exception& e) {
    return {FailureKind::kInternal, "Internal", e.what()};
  } catch (...) {
    return {FailureKind::kInternal, "Internal", "an exception of an unknown type"};
  }
}

}  // namespace cgs
