#include "sim_call.h"

#include <nlohmann/json.hpp>

namespace cgs::sim {

using nlohmann::json;

std::string gatewayError(const std::string& request_id, const std::string& code,
                         const std::string& message) {
  return json{{"RequestId", request_id},
              {"HostId", kHostId},
              {"Code", code},
              {"Message", message},
              {"Recommend", "https://api.aliyun.com/troubleshoot?q=" + code}}
      .dump();
}

std::string businessError(const std::string& request_id, const std::string& code,
                          const std::string& message) {
  return json{{"AccessDeniedDetail", "None"},
              {"RequestId", request_id},
              {"Code", code},
              {"Message", message},
              {"Success", false}}
      .dump();
}

}  // namespace cgs::sim
