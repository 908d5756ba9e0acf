#pragma once

#include <string>
#include <vector>

#include "common/duration.h"
#include "store/listing_apply.h"
#include "store/run_status.h"
#include "store/run_store.h"

namespace cgs {

// How one account run ended.
struct RunReport {
  std::string account;
  std::string run_id;
  RunStatus status = RunStatus::kFailed;
  ChangeCounts counts;
  int pages = 0;
  std::size_t requests = 0;
  std::string first_request_id;
  std::string last_request_id;
  std::string error_code;
  std::string error_message;
  bool database_error = false;  // the run failed because PostgreSQL did (error_code Database.*)
  Millis duration{0};
  std::int64_t groups_present = -1;  // listed groups after the run, when known
  std::vector<ChangeRow> changes;    // dry runs
  bool dry_run = false;

  [[nodiscard]] bool ok() const { return status == RunStatus::kSucceeded; }
};

}  // namespace cgs
