// The API side of the simulator: the gateway's steps for each call and the actions it serves.
#include <httplib.h>
#include <algorithm>

#include <chrono>
#include <functional>
#include <map>
#include <random>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cams/percent_encoding.h"
#include "sim_call.h"
#include "sim_http.h"
#include "sim_server.h"

namespace cgs::sim {

using nlohmann::json;

namespace {

std::string newRequestId() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  const auto a = rng(), b = rng();
  return fmt::format("{:08X}-{:04X}-{:04X}-{:04X}-{:012X}", a >> 32, (a >> 16) & 0xFFFF,
                     (a & 0x0FFF) | 0x4000, ((b >> 48) & 0x3FFF) | 0x8000, b & 0xFFFFFFFFFFFFULL);
}

std::int64_t unixMs(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

}  // namespace

const std::vector<SimServer::Action>& SimServer::actions() {
  static const std::vector<Action> kActions{
      {"ListChatGroup",
       {"BusinessNumber", "CustSpaceId", "Page"},
       Paging::kPageObject,
       nullptr,
       &SimServer::serveListChatGroup},
      {"ListChatGroupParticipants",
       {"BusinessNumber", "CustSpaceId", "GroupId"},
       Paging::kPageObject,
       nullptr,
       &SimServer::serveListChatGroupParticipants},
      {"ListInstance", {}, Paging::kIndexAndSize, nullptr, &SimServer::serveListInstance},
      {"QueryChatappPhoneNumbers",
       {},
       Paging::kNone,
       &SimOptions::phone_numbers_qps,
       &SimServer::serveQueryPhoneNumbers},
  };
  return kActions;
}

void SimServer::routes() {
  server_->Post(
      "/", [this](const httplib::Request& req, httplib::Response& res) { handleApi(req, res); });
  server_->Get("/", [](const httplib::Request&, httplib::Response& res) {
    sendJson(res, 400,
             gatewayError(newRequestId(), "UnsupportedHTTPMethod",
                          "ListChatGroup is called with POST."));
  });
  adminRoutes();
}

void SimServer::handleApi(const httplib::Request& req, httplib::Response& res) {
  const auto waited = arrivals_->sinceReceived(req.remote_port);
  ApiCall call{req,
               res,
               [this](LogEntry e) { record(std::move(e)); },
               std::chrono::system_clock::now() - waited,
               std::chrono::steady_clock::now() - waited,
               {},
               {},
               {}};
  call.entry.ts_ms = unixMs(call.now);
  call.entry.method = req.method;
  const auto qmark = req.target.find('?');
  call.entry.query = qmark == std::string::npos ? "" : req.target.substr(qmark + 1);
  call.path = qmark == std::string::npos ? req.target : req.target.substr(0, qmark);
  call.entry.request_id = newRequestId();
  const Action* action = routeAction(call);
  if (action == nullptr || !authenticate(call) || !throttle(call, *action) ||
      !readParams(call, *action) || !authorize(call) || !delay(call)) {
    return;
  }
  (this->*action->serve)(call);
}

const SimServer::Action* SimServer::routeAction(ApiCall& call) {
  const std::string name = call.req.get_header_value("x-acs-action");
  const Action* found = nullptr;
  for (const auto& a : actions()) {
    if (name == a.name) found = &a;
  }
  call.entry.action = name;
  if (found == nullptr) {
    call.gateway(404, "InvalidAction.NotFound",
                 "Specified api is not found, please check your url and method.");
    return nullptr;
  }
  if (call.req.get_header_value("x-acs-version") != "2020-06-06") {
    call.gateway(400, "InvalidVersion", "Specified parameter Version is not valid.");
    return nullptr;
  }
  return found;
}

bool SimServer::authenticate(ApiCall& call) {
  Headers headers;
  for (const auto& [n, v] : call.req.headers) headers.emplace_back(n, v);
  const Verification v = verifier_.verify(call.req.method, call.path, call.entry.query, headers,
                                          call.req.body, call.now);
  call.entry.access_key_id = v.access_key_id;
  if (v.rejection) {
    call.gateway(v.rejection->http_status, v.rejection->code, v.rejection->message);
    return false;
  }
  call.entry.signature_ok = true;
  return true;
}

namespace {

// Whether one more request at `t` fits `qps` per second in `window` (arrival order); recorded
// when `take`.
bool fits(std::deque<std::chrono::steady_clock::time_point>& window,
          std::chrono::steady_clock::time_point t, double qps) {
  while (!window.empty() && t - window.front() >= std::chrono::seconds(1)) window.pop_front();
  return static_cast<double>(window.size()) < qps;
}

void take(std::deque<std::chrono::steady_clock::time_point>& window,
          std::chrono::steady_clock::time_point t) {
  // Kept in arrival order: threads may reach the lock in another order than they arrived.
  window.insert(std::upper_bound(window.begin(), window.end(), t), t);
}

}  // namespace

bool SimServer::throttle(ApiCall& call, const Action& action) {
  bool throttled = false;
  {
    std::lock_guard lock(state_mutex_);
    const auto t = call.arrived;
    const double own = action.own_qps != nullptr ? options_.*action.own_qps : 0;
    auto& global = accepted_[call.entry.access_key_id];
    auto& mine = accepted_by_action_[{call.entry.access_key_id, action.name}];
    throttled = (qps_ > 0 && !fits(global, t, qps_)) || (own > 0 && !fits(mine, t, own));
    if (!throttled) {
      if (qps_ > 0) take(global, t);
      if (own > 0) take(mine, t);
    }
  }
  if (throttled)
    call.gateway(400, "Throttling.User", "Request was denied due to user flow control.");
  return !throttled;
}

bool SimServer::readParams(ApiCall& call, const Action& action) {
  const auto query = decodeQuery(call.entry.query).value_or(QueryParams{});
  call.params = std::map<std::string, std::string>(query.begin(), query.end());
  for (const char* required : action.required) {
    if (!call.params.count(required)) {
      call.gateway(400, "MissingParameter",
                   fmt::format("The input parameter \"{}\" that is mandatory for processing this "
                               "request is not supplied.",
                               required));
      return false;
    }
  }
  call.entry.cust_space_id = call.params["CustSpaceId"];
  call.entry.business_number = call.params["BusinessNumber"];
  call.entry.group_id = call.params["GroupId"];
  return readPage(call, action);
}

bool SimServer::readPage(ApiCall& call, const Action& action) {
  const auto number = [](const std::string& text) -> int {
    if (text.empty() || text.size() > 10 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return -1;
    }
    const long long n = std::stoll(text);
    return (n < 1 || n > 1'000'000'000) ? -1 : static_cast<int>(n);
  };
  if (action.paging == Paging::kNone) return true;
  if (action.paging == Paging::kIndexAndSize) {
    call.entry.page_index = call.params.count("PageIndex") ? number(call.params["PageIndex"]) : 1;
    call.entry.page_size = call.params.count("PageSize") ? number(call.params["PageSize"]) : 10;
  } else {
    // Page is optional for ListChatGroupParticipants (its SDK default: the first 20).
    const json page = call.params.count("Page") ? json::parse(call.params["Page"], nullptr, false)
                                                : json{{"Index", 1}, {"Size", 20}};
    const auto field = [&](const char* k) -> int {
      if (!page.is_object() || !page.contains(k) || !page[k].is_number_integer()) return -1;
      const auto n = page[k].get<long long>();
      return (n < 1 || n > 1'000'000'000) ? -1 : static_cast<int>(n);
    };
    call.entry.page_index = field("Index");
    call.entry.page_size = field("Size");
  }
  if (call.entry.page_index < 1 || call.entry.page_size < 1 ||
      call.entry.page_size > options_.max_page_size) {
    call.business("InvalidParameter.PageInvalid",
                  fmt::format("The Page parameter is invalid: Index must be >= 1 and Size between "
                              "1 and {}.",
                              options_.max_page_size));
    return false;
  }
  return true;
}

bool SimServer::authorize(ApiCall& call) {
  bool forbidden = false;
  {
    std::lock_guard lock(state_mutex_);
    const auto& e = call.entry;
    forbidden = forbidden_.count({e.access_key_id, e.cust_space_id, ""}) > 0 ||
                forbidden_.count({e.access_key_id, e.cust_space_id, e.action}) > 0;
  }
  if (forbidden) {
    const std::string body =
        json{{"RequestId", call.entry.request_id},
             {"HostId", kHostId},
             {"Code", "Forbidden.RAM"},
             {"Message", "User not authorized to operate on the specified resource."},
             {"AccessDeniedDetail",
              {{"AuthAction", "cams:" + call.entry.action},
               {"NoPermissionType", "ImplicitDeny"},
               {"PolicyType", "AccountLevelIdentityBasedPolicy"},
               {"AuthPrincipalType", "SubUser"}}},
             {"Recommend", "https://api.aliyun.com/troubleshoot?q=Forbidden.RAM"}}
            .dump();
    call.reply(403, "Forbidden.RAM", body);
    return false;
  }
  // The group actions take WHATSAPP only; ListInstance filters by any channel type itself.
  if (call.entry.action != "ListInstance" && call.params.count("ChannelType") &&
      call.params["ChannelType"] != "WHATSAPP") {
    call.business("InvalidParameter.ChannelTypeNotSupport", "The channel type is not supported.");
    return false;
  }
  return true;
}

bool SimServer::delay(ApiCall& call) {
  int ms = 0;
  {
    std::lock_guard lock(state_mutex_);
    ms = latency_ms_;
    if (jitter_ms_ > 0) ms += static_cast<int>(rng_() % static_cast<unsigned>(jitter_ms_ + 1));
  }
  if (sleepMs(ms)) return true;
  call.gateway(503, "ServiceUnavailable", "stopping");
  return false;
}

void SimServer::serveListChatGroup(ApiCall& call) {
  const AccountKey account{call.entry.cust_space_id, call.entry.business_number};
  const auto fault = faults_.next(call.entry.action, account, "", call.entry.page_index);
  SimPage page = dataset_.page(account, call.params["GroupStatus"], call.params["Subject"],
                               call.entry.page_index, call.entry.page_size);
  if (page.no_access) {
    return call.business("Authentication.NoAuth",
                         "This account is not authorized to list chat groups.");
  }
  if (fault) {
    call.entry.fault = faultKindName(fault->kind);
    if (applyFault(call, *fault, page)) return;
  }
  renderPage(call, page);
  if (fault && fault->kind == FaultKind::kMutateAfterPage) mutateAfterPage(account, *fault);
}

void SimServer::serveListChatGroupParticipants(ApiCall& call) {
  const AccountKey account{call.entry.cust_space_id, call.entry.business_number};
  const std::string& group_id = call.entry.group_id;
  const auto fault = faults_.next(call.entry.action, account, group_id, call.entry.page_index);
  const SimMemberPage members =
      dataset_.members(account, group_id, call.entry.page_index, call.entry.page_size);
  if (members.no_access) {
    return call.business("Authentication.NoAuth",
                         "This account is not authorized to list chat group participants.");
  }
  if (!members.known_group) {
    return call.business("ChatGroup.NotExist", "The chat group does not exist.");
  }
  SimPage page;
  page.id_field = "ParticipantNumber";
  page.known_account = true;
  page.total = members.total;
  for (const auto& n : members.numbers) page.items.push_back(json{{"ParticipantNumber", n}}.dump());
  if (fault) {
    call.entry.fault = faultKindName(fault->kind);
    if (applyFault(call, *fault, page)) return;
  }
  renderPage(call, page);
  if (fault && fault->kind == FaultKind::kMutateAfterPage) mutateAfterPage(account, *fault);
}

void SimServer::renderPage(ApiCall& call, const SimPage& page) {
  std::string body;
  body.reserve(256 + page.items.size() * 320);
  body += R"({"AccessDeniedDetail":"None","Message":"None","RequestId":")";
  body += call.entry.request_id;
  body += R"(","Data":{"Total":)";
  body += std::to_string(page.total);
  body += R"(,"List":[)";
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    if (i > 0) body += ',';
    body += page.items[i];
  }
  body += R"(]},"Code":"OK","Success":true})";
  call.reply(200, "OK", body);
}

bool SimServer::applyFault(ApiCall& call, const FaultRule& fault, SimPage& page) {
  const std::string& id = call.entry.request_id;
  switch (fault.kind) {
    case FaultKind::kUnavailable:
      call.gateway(503, "ServiceUnavailable",
                   "The request has failed due to a temporary failure of the server.");
      return true;
    case FaultKind::kThrottle:
      call.gateway(400, "Throttling.User", "Request was denied due to user flow control.");
      return true;
    case FaultKind::kInternal:
      call.gateway(500, "InternalError",
                   "The request processing has failed due to some unknown error.");
      return true;
    case FaultKind::kBusiness:
      call.business(fault.code, "system exception");
      return true;
    case FaultKind::kTimeout:
      return !sleepMs(fault.delay_ms);  // stopping: no answer at all
    case FaultKind::kReset:
      call.entry.status = 200;
      call.entry.code = "reset";
      record(call.entry);
      call.res.status = 200;
      call.res.set_content_provider(
          4096, "application/json",
          [](std::size_t, std::size_t, httplib::DataSink&) { return false; });
      return true;
    case FaultKind::kMalformed:
      call.reply(200, "malformed",
                 fmt::format(R"({{"RequestId":"{}","Data":{{"Total":{},"List":[{{"{})", id,
                             page.total, page.id_field));
      return true;
    case FaultKind::kWrongType:
      call.reply(
          200, "wrong_type",
          fmt::format(
              R"({{"RequestId":"{}","Code":"OK","Success":true,"Data":{{"Total":"{}","List":[]}}}})",
              id, page.total));
      return true;
    case FaultKind::kMissingGroupId:
      if (!page.items.empty()) {
        json first = json::parse(page.items.front());
        first.erase(page.id_field);
        page.items.front() = first.dump();
      }
      return false;
    case FaultKind::kEmptyList:
      page.items.clear();
      return false;
    case FaultKind::kMutateAfterPage:
      return false;
    case FaultKind::kRaw:
      call.reply(fault.status, "raw", fault.body);
      return true;
  }
  return false;
}

void SimServer::mutateAfterPage(const AccountKey& account, const FaultRule& fault) {
  json ops = fault.mutation;
  if (!ops.is_array()) {  // default: the account's first group disappears
    ops = json::array();
    const SimPage first = dataset_.page(account, "", "", 1, 1);
    if (!first.items.empty()) {
      ops.push_back({{"op", "delete"}, {"group_id", json::parse(first.items[0])["GroupId"]}});
    }
  }
  (void)dataset_.mutate(account, ops);
}

}  // namespace cgs::sim
