#include "store/mirror_write.h"

#include "store/account_lock.h"
#include "store/migrator.h"

namespace cgs {
namespace {

constexpr const char* kNow = "SELECT clock_timestamp()::text";
constexpr const char* kNotify = "SELECT pg_notify('cams_group_changes', $1)";

}  // namespace

void MirrorWrite::open() {
  if (opened_) return;
  lockAccountMerge(tx_, schema_, scope_.account_name);
  requireKnownSchema(tx_, schema_, scope_.schema_version);
  if (!scope_.webhooks.empty()) change_mark_ = changeIdMark(tx_);
  opened_ = true;
}

std::string MirrorWrite::now() { return tx_.exec1(kNow)[0].as<std::string>(); }

void MirrorWrite::close(const nlohmann::json& summary, bool changed) {
  enqueueEvents(tx_, scope_.run_id, change_mark_, scope_.account_name, scope_.webhooks);
  if (!changed) return;
  nlohmann::json payload{
      {"schema", schema_}, {"account", scope_.account_name}, {"run_id", scope_.run_id}};
  payload.update(summary);
  tx_.exec_params(kNotify, payload.dump());
}

}  // namespace cgs
