#include "cams/list_instance.h"

#include <fmt/format.h>

#include "cams/response_document.h"

namespace cgs {

using nlohmann::json;

namespace {

constexpr ListShape kInstanceShape{"", "Data", "TotalCount", true};

std::variant<Instance, std::string> parseInstance(json& item, std::size_t i) {
  if (!item.is_object()) {
    return fmt::format("Data[{}]: expected an object, got {}", i, jsonTypeName(item));
  }
  sanitizeJson(item);
  Instance out;
  std::string problem;
  out.instance_id = requiredKey(item, "InstanceId", kMaxInstanceKeyBytes, problem);
  out.cust_space_id = requiredKey(item, "CustSpaceId", kMaxInstanceKeyBytes, problem);
  if (!problem.empty()) return fmt::format("Data[{}]: {}", i, problem);
  out.instance_name = optionalString(item, "InstanceName", problem);
  out.channel_type = optionalString(item, "ChannelType", problem);
  out.state = optionalString(item, "State", problem);
  if (!problem.empty()) {
    return fmt::format("Data[{}] (InstanceId {}): {}", i, out.instance_id, problem);
  }
  out.raw = item.dump();
  return out;
}

}  // namespace

QueryParams listInstanceQuery(const ListInstanceParams& p) {
  QueryParams q;
  if (!p.channel_type.empty()) q.emplace_back("ChannelType", p.channel_type);
  q.emplace_back("PageIndex", std::to_string(p.page_index));
  q.emplace_back("PageSize", std::to_string(p.page_size));
  return q;
}

std::variant<InstancePage, ApiError> parseListInstanceResponse(int http_status,
                                                               std::string_view body,
                                                               std::size_t max_items) {
  auto read = readListResponse(http_status, body, max_items, kInstanceShape);
  if (auto* e = std::get_if<ApiError>(&read)) return std::move(*e);
  ResponseData& data = std::get<ResponseData>(read);
  InstancePage page;
  page.request_id = data.request_id;
  page.total = data.total;
  page.instances.reserve(data.list.size());
  for (std::size_t i = 0; i < data.list.size(); ++i) {
    auto item = parseInstance(data.list[i], i);
    if (const auto* why = std::get_if<std::string>(&item)) {
      return malformedResponse(http_status, data.request_id, *why);
    }
    page.instances.push_back(std::move(std::get<Instance>(item)));
  }
  return page;
}

}  // namespace cgs
