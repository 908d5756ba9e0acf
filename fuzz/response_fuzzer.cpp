// The list response parsers (ListChatGroup, ListInstance, QueryChatappPhoneNumbers) on arbitrary
// bytes: never crash, never throw, and whatever they accept is safe to store (keys non-empty and
// bounded, raw items valid JSON, no NUL).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cams/list_chat_group.h"
#include "cams/list_instance.h"
#include "cams/query_phone_numbers.h"

namespace {

void checkRaw(const std::string& raw) {
  if (raw.find('\0') != std::string::npos || !nlohmann::json::accept(raw)) std::abort();
}

template <typename Page>
bool refusedWithACode(const std::variant<Page, cgs::ApiError>& r) {
  return std::holds_alternative<cgs::ApiError>(r) && !std::get<cgs::ApiError>(r).code.empty();
}

void discovery(int status, std::string_view body) {
  auto instances = cgs::parseListInstanceResponse(status, body);
  if (auto* page = std::get_if<cgs::InstancePage>(&instances)) {
    if (status != 200 || page->request_id.empty() || page->total < 0) std::abort();
    for (const auto& i : page->instances) {
      if (i.instance_id.empty() || i.cust_space_id.empty() ||
          i.cust_space_id.size() > cgs::kMaxInstanceKeyBytes) {
        std::abort();
      }
      checkRaw(i.raw);
    }
  } else if (!refusedWithACode(instances)) {
    std::abort();
  }
  auto numbers = cgs::parseQueryPhoneNumbersResponse(status, body);
  if (auto* page = std::get_if<cgs::PhoneNumbersPage>(&numbers)) {
    if (status != 200 || page->request_id.empty()) std::abort();
    for (const auto& n : page->numbers) {
      if (n.phone_number.empty() || n.phone_number.size() > cgs::kMaxPhoneNumberBytes) std::abort();
      checkRaw(n.raw);
    }
  } else if (!refusedWithACode(numbers)) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  for (int status : {200, 400, 503}) {
    auto r = cgs::parseListChatGroupResponse(status, body);
    if (auto* page = std::get_if<cgs::ListChatGroupPage>(&r)) {
      if (status != 200 || page->request_id.empty() || page->total < 0) std::abort();
      for (const auto& g : page->groups) {
        if (g.group_id.empty() || g.group_id.size() > cgs::kMaxGroupIdBytes) std::abort();
        checkRaw(g.raw);
      }
    } else if (!refusedWithACode(r)) {
      std::abort();
    }
    discovery(status, body);
  }
  return 0;
}
