#pragma once

#include <string>
#include <utility>
#include <vector>

#include "sync/run_report.h"

namespace cgs {

// The fields of a run's "run finished" line, in order: status, duration, pages, requests, each
// count, the error code, the first and last request ids and the error; then the member
// refresh's, when it ran. "-" stands for an empty value.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> runSummaryFields(const RunReport& r);

}  // namespace cgs
