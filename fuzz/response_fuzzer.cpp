// The ListChatGroup response parser on arbitrary bytes: never crashes, never throws, and whatever
// it accepts is safe to store (GroupIds non-empty and bounded, raw items valid JSON, no NUL).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cams/list_chat_group.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  for (int status : {200, 400, 503}) {
    auto r = cgs::parseListChatGroupResponse(status, body);
    if (auto* page = std::get_if<cgs::ListChatGroupPage>(&r)) {
      if (status != 200 || page->request_id.empty() || page->total < 0) std::abort();
      for (const auto& g : page->groups) {
        if (g.group_id.empty() || g.group_id.size() > cgs::kMaxGroupIdBytes) std::abort();
        if (g.raw.find('\0') != std::string::npos) std::abort();
        if (!nlohmann::json::accept(g.raw)) std::abort();
      }
    } else if (std::get<cgs::ApiError>(r).code.empty()) {
      std::abort();
    }
  }
  return 0;
}
