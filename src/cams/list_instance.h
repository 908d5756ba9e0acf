#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cams/api_error.h"
#include "cams/cams_request.h"

namespace cgs {

inline constexpr std::string_view kListInstanceAction = "ListInstance";

// The request parameters of ListInstance (plain PageIndex/PageSize, not a Page object).
struct ListInstanceParams {
  std::string channel_type;  // "whatsapp"; empty: not sent
  int page_index = 1;        // 1-based
  int page_size = 100;
};

// One instance (channel) of the calling account: the customer space it names is what discovery
// looks for. `raw` is the whole item as JSON text.
struct Instance {
  std::string instance_id;
  std::string cust_space_id;
  std::optional<std::string> instance_name;
  std::optional<std::string> channel_type;  // as listed ("VIBER", "whatsapp": any case)
  std::optional<std::string> state;
  std::string raw;
};

struct InstancePage {
  std::string request_id;
  std::int64_t total = 0;  // TotalCount: instances across all pages
  std::vector<Instance> instances;
};

// Longest InstanceId or CustSpaceId we accept.
inline constexpr std::size_t kMaxInstanceKeyBytes = 256;

// The query parameters in the order the official SDK sends them.
[[nodiscard]] QueryParams listInstanceQuery(const ListInstanceParams& params);

// Reads a ListInstance response (a top-level Data array and TotalCount) as strictly as a
// ListChatGroup one: every item an object with non-empty string InstanceId and CustSpaceId, the
// other modelled fields strings or absent. Never throws.
[[nodiscard]] std::variant<InstancePage, ApiError> parseListInstanceResponse(
    int http_status, std::string_view body, std::size_t max_items = kMaxListItems);

}  // namespace cgs
