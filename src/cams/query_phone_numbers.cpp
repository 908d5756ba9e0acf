#include "cams/query_phone_numbers.h"

#include <set>

#include <fmt/format.h>

#include "cams/response_document.h"

namespace cgs {

using nlohmann::json;

namespace {

constexpr ListShape kPhoneNumbersShape{"", "PhoneNumbers", "", false};

std::variant<PhoneNumber, std::string> parseNumber(json& item, std::size_t i) {
  if (!item.is_object()) {
    return fmt::format("PhoneNumbers[{}]: expected an object, got {}", i, jsonTypeName(item));
  }
  sanitizeJson(item);
  PhoneNumber out;
  std::string problem;
  out.phone_number = requiredKey(item, "PhoneNumber", kMaxPhoneNumberBytes, problem);
  if (!problem.empty()) return fmt::format("PhoneNumbers[{}]: {}", i, problem);
  out.status = optionalString(item, "Status", problem);
  out.quality_rating = optionalString(item, "QualityRating", problem);
  out.messaging_limit_tier = optionalString(item, "MessagingLimitTier", problem);
  out.verified_name = optionalString(item, "VerifiedName", problem);
  if (!problem.empty()) {
    return fmt::format("PhoneNumbers[{}] (PhoneNumber {}): {}", i, out.phone_number, problem);
  }
  out.raw = item.dump();
  return out;
}

}  // namespace

QueryParams queryPhoneNumbersQuery(const std::string& cust_space_id) {
  return {{"CustSpaceId", cust_space_id}};
}

std::variant<PhoneNumbersPage, ApiError> parseQueryPhoneNumbersResponse(int http_status,
                                                                        std::string_view body,
                                                                        std::size_t max_items) {
  auto read = readListResponse(http_status, body, max_items, kPhoneNumbersShape);
  if (auto* e = std::get_if<ApiError>(&read)) return std::move(*e);
  ResponseData& data = std::get<ResponseData>(read);
  PhoneNumbersPage page;
  page.request_id = data.request_id;
  page.numbers.reserve(data.list.size());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < data.list.size(); ++i) {
    auto item = parseNumber(data.list[i], i);
    if (const auto* why = std::get_if<std::string>(&item)) {
      return malformedResponse(http_status, data.request_id, *why);
    }
    auto& number = std::get<PhoneNumber>(item);
    if (!seen.insert(number.phone_number).second) {
      // One response lists a space's numbers once: a repeat is a response we cannot trust.
      return malformedResponse(
          http_status, data.request_id,
          fmt::format("PhoneNumbers[{}]: PhoneNumber {} appears twice", i, number.phone_number));
    }
    page.numbers.push_back(std::move(number));
  }
  page.total = static_cast<std::int64_t>(page.numbers.size());
  return page;
}

}  // namespace cgs
