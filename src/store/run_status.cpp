#include "store/run_status.h"

#include <array>
#include <utility>

namespace cgs {
namespace {

constexpr std::array<std::pair<RunStatus, std::string_view>, 7> kNames{{
    {RunStatus::kRunning, "running"},
    {RunStatus::kSucceeded, "succeeded"},
    {RunStatus::kIncomplete, "incomplete"},
    {RunStatus::kHeld, "held"},
    {RunStatus::kFailed, "failed"},
    {RunStatus::kAborted, "aborted"},
    {RunStatus::kSkipped, "skipped"},
}};

}  // namespace

std::string_view runStatusName(RunStatus status) {
  for (const auto& [s, name] : kNames) {
    if (s == status) return name;
  }
  return "unknown";
}

std::optional<RunStatus> parseRunStatus(std::string_view name) {
  for (const auto& [s, n] : kNames) {
    if (n == name) return s;
  }
  return std::nullopt;
}

}  // namespace cgs
