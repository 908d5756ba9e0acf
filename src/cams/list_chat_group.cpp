#include "cams/list_chat_group.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdint>
#include <ctime>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cams/jsonb_text.h"
#include "cams/response_document.h"
#include "common/crypto.h"

namespace cgs {

using nlohmann::json;

QueryParams listChatGroupQuery(const ListChatGroupParams& p) {
  QueryParams q{{"BusinessNumber", p.business_number}, {"CustSpaceId", p.cust_space_id}};
  if (!p.channel_type.empty()) q.emplace_back("ChannelType", p.channel_type);
  if (!p.group_status.empty()) q.emplace_back("GroupStatus", p.group_status);
  if (!p.subject.empty()) q.emplace_back("Subject", p.subject);
  q.emplace_back("Page", pageJson(p.page_index, p.page_size));
  return q;
}

namespace {

// Whether a typed field's value is one its column takes (null counts as absent).
bool fitsColumn(const json& v, ItemFieldType type) {
  if (v.is_null()) return true;
  if (type == ItemFieldType::kString) return v.is_string();
  const bool int32 = type == ItemFieldType::kInt32;
  if (v.is_number_unsigned()) {
    return v.get<std::uint64_t>() <= (int32 ? std::uint64_t{INT32_MAX} : std::uint64_t{INT64_MAX});
  }
  if (v.is_number_integer()) {
    const std::int64_t n = v.get<std::int64_t>();
    return !int32 || (n >= INT32_MIN && n <= INT32_MAX);
  }
  if (!v.is_number_float()) return false;
  const double d = v.get<double>();  // a whole value in range: 12.0 is 12
  if (!std::isfinite(d) || d != std::trunc(d)) return false;
  return int32 ? (d >= INT32_MIN && d <= INT32_MAX) : (d >= -0x1p63 && d < 0x1p63);
}

void noteMistyped(const json& item, const std::string& group_id, std::vector<MistypedField>& out) {
  for (const auto& f : kTypedItemFields) {
    const auto it = item.find(std::string(f.name));
    if (it != item.end() && !fitsColumn(*it, f.type)) out.push_back({f.name, group_id});
  }
}

// Item `i` of Data.List as a group; or what is wrong with it.
std::variant<ChatGroup, std::string> parseItem(json& item, std::size_t i) {
  if (!item.is_object()) {
    return fmt::format("Data.List[{}]: expected an object, got {}", i, jsonTypeName(item));
  }
  sanitizeJson(item);
  ChatGroup g;
  std::string problem;
  g.group_id = requiredKey(item, "GroupId", kMaxGroupIdBytes, problem);
  if (!problem.empty()) return fmt::format("Data.List[{}]: {}", i, problem);
  g.subject = optionalString(item, "Subject", problem);
  g.description = optionalString(item, "Description", problem);
  g.invite_link = optionalString(item, "InviteLink", problem);
  g.group_status = optionalString(item, "GroupStatus", problem);
  g.profile_picture_file = optionalString(item, "ProfilePictureFile", problem);
  if (!problem.empty())
    return fmt::format("Data.List[{}] (GroupId {}): {}", i, g.group_id, problem);
  appendJsonbText(item, g.raw);  // printed once, as PostgreSQL would print it
  return g;
}

}  // namespace

std::variant<ListChatGroupPage, ApiError> parseListChatGroupResponse(int http_status,
                                                                     std::string_view body,
                                                                     std::size_t max_items) {
  auto read = readListResponse(http_status, body, max_items);
  if (auto* e = std::get_if<ApiError>(&read)) return std::move(*e);
  ResponseData& data = std::get<ResponseData>(read);
  ListChatGroupPage page;
  page.request_id = data.request_id;
  page.total = data.total;
  page.groups.reserve(data.list.size());
  for (std::size_t i = 0; i < data.list.size(); ++i) {
    auto item = parseItem(data.list[i], i);
    if (const auto* why = std::get_if<std::string>(&item)) {
      return malformedResponse(http_status, data.request_id, *why);
    }
    noteMistyped(data.list[i], std::get<ChatGroup>(item).group_id, page.mistyped);
    page.groups.push_back(std::move(std::get<ChatGroup>(item)));
  }
  return page;
}

}  // namespace cgs
