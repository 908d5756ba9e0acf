// The simulator's discovery actions: ListInstance (paged, a top-level Data array and TotalCount)
// and QueryChatappPhoneNumbers (every number of one space, a top-level PhoneNumbers array).
#include <fmt/format.h>

#include "sim_call.h"

namespace cgs::sim {

namespace {

// The envelope both actions share around their list (Code, Success, AccessDeniedDetail).
std::string renderInventory(const std::string& request_id, const std::string& list_key,
                            const std::vector<std::string>& items, const std::string& extra) {
  std::string body = fmt::format(R"({{"RequestId":"{}","Code":"OK","Message":"SUCCESS",)"
                                 R"("Success":true,"AccessDeniedDetail":"None",{}"{}":[)",
                                 request_id, extra, list_key);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) body += ',';
    body += items[i];
  }
  body += "]}";
  return body;
}

}  // namespace

void SimServer::serveListInstance(ApiCall& call) {
  const auto fault = faults_.next(call.entry.action, {"", ""}, "", call.entry.page_index);
  const SimInstancePage found =
      inventory_.instances(call.params["ChannelType"], call.entry.page_index, call.entry.page_size);
  SimPage page;
  page.id_field = "InstanceId";
  page.known_account = true;
  page.total = found.total;
  page.items = found.items;
  if (fault) {
    call.entry.fault = faultKindName(fault->kind);
    if (applyFault(call, *fault, page)) return;
  }
  call.reply(200, "OK",
             renderInventory(call.entry.request_id, "Data", page.items,
                             fmt::format(R"("TotalCount":{},)", page.total)));
}

void SimServer::serveQueryPhoneNumbers(ApiCall& call) {
  const std::string& space = call.entry.cust_space_id;
  const auto fault = faults_.next(call.entry.action, {space, ""}, "", 1);
  SimPage page;
  page.id_field = "PhoneNumber";
  page.known_account = true;
  page.items = inventory_.numbers(space);
  page.total = static_cast<std::int64_t>(page.items.size());
  if (fault) {
    call.entry.fault = faultKindName(fault->kind);
    if (applyFault(call, *fault, page)) return;
  }
  call.reply(200, "OK", renderInventory(call.entry.request_id, "PhoneNumbers", page.items, ""));
}

void SimServer::loadData(const nlohmann::json& data) {
  dataset_.replace(data);
  inventory_.replace(data);
}

nlohmann::json SimServer::dataSnapshot() const {
  nlohmann::json out = dataset_.snapshot();
  out.update(inventory_.snapshot());
  return out;
}

}  // namespace cgs::sim
