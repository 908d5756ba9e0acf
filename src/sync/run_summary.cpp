#include "sync/run_summary.h"

namespace cgs {
namespace {

std::string orDash(const std::string& s) { return s.empty() ? "-" : s; }

}  // namespace

std::vector<std::pair<std::string, std::string>> runSummaryFields(const RunReport& r) {
  std::vector<std::pair<std::string, std::string>> fields{
      {"status", std::string(runStatusName(r.status))},
      {"duration_ms", std::to_string(r.duration.count())},
      {"pages", std::to_string(r.pages)},
      {"requests", std::to_string(r.requests)},
      {"seen", std::to_string(r.counts.groups_seen)}};
  // The group listing's change types, named as the registry names them.
  const ChangeTally tally = r.counts.tally();
  for (const ChangeTypeInfo& type : kChangeTypes) {
    if (type.resource != resourceName(ResourceKind::kGroups)) continue;
    fields.emplace_back(type.name, std::to_string(tally[type.type]));
  }
  fields.insert(fields.end(), {{"unchanged", std::to_string(r.counts.unchanged)},
                               {"error_code", orDash(r.error_code)},
                               {"first_request_id", orDash(r.first_request_id)},
                               {"last_request_id", orDash(r.last_request_id)},
                               {"error", orDash(r.error_message)}});
  if (r.participants.ran) {
    const auto& p = r.participants;
    fields.insert(fields.end(), {{"participant_requests", std::to_string(p.requests)},
                                 {"groups_refreshed", std::to_string(p.counts.groups)},
                                 {"participants_joined", std::to_string(p.counts.joined)},
                                 {"participants_left", std::to_string(p.counts.left)},
                                 {"participant_error_code", orDash(p.error_code)}});
  }
  return fields;
}

}  // namespace cgs
