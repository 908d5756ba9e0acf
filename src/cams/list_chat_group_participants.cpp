#include "cams/list_chat_group_participants.h"

#include <fmt/format.h>

#include "cams/response_document.h"

namespace cgs {

using nlohmann::json;

QueryParams listParticipantsQuery(const ListParticipantsParams& p) {
  QueryParams q{{"BusinessNumber", p.business_number},
                {"CustSpaceId", p.cust_space_id},
                {"GroupId", p.group_id}};
  if (!p.channel_type.empty()) q.emplace_back("ChannelType", p.channel_type);
  q.emplace_back("Page", pageJson(p.page_index, p.page_size));
  return q;
}

std::variant<ParticipantsPage, ApiError> parseListParticipantsResponse(int http_status,
                                                                       std::string_view body,
                                                                       std::size_t max_items) {
  auto read = readListResponse(http_status, body, max_items);
  if (auto* e = std::get_if<ApiError>(&read)) return std::move(*e);
  ResponseData& data = std::get<ResponseData>(read);
  ParticipantsPage page;
  page.request_id = data.request_id;
  page.total = data.total;
  page.numbers.reserve(data.list.size());
  for (std::size_t i = 0; i < data.list.size(); ++i) {
    const json& item = data.list[i];
    const auto bad = [&](const std::string& why) {
      return malformedResponse(http_status, data.request_id,
                               fmt::format("Data.List[{}]: {}", i, why));
    };
    if (!item.is_object())
      return bad(fmt::format("expected an object, got {}", jsonTypeName(item)));
    const auto number = item.find("ParticipantNumber");
    if (number == item.end() || !number->is_string() ||
        number->get_ref<const std::string&>().empty()) {
      return bad(
          number == item.end() || number->is_null()
              ? std::string("ParticipantNumber is missing or empty")
              : fmt::format("ParticipantNumber: expected a string, got {}", jsonTypeName(*number)));
    }
    const std::string value = withoutNul(number->get<std::string>());
    if (value.empty() || value.size() > kMaxParticipantNumberBytes) {
      return bad(fmt::format("ParticipantNumber is {} bytes long (1 to {})", value.size(),
                             kMaxParticipantNumberBytes));
    }
    page.numbers.push_back(value);
  }
  return page;
}

}  // namespace cgs
