#include "sim_server.h"

#include <httplib.h>

#include <algorithm>
#include <random>
#include <stdexcept>

#include <fmt/format.h>

#include "cams/percent_encoding.h"

namespace cgs::sim {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxLogEntries = 500'000;
constexpr const char* kHostId = "cams.ap-southeast-1.aliyuncs.com";

std::string newRequestId() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  const auto a = rng(), b = rng();
  return fmt::format("{:08X}-{:04X}-{:04X}-{:04X}-{:012X}", a >> 32, (a >> 16) & 0xFFFF,
                     (a & 0x0FFF) | 0x4000, ((b >> 48) & 0x3FFF) | 0x8000, b & 0xFFFFFFFFFFFFULL);
}

std::int64_t unixMs(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

void sendJson(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json;charset=utf-8");
}

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

bool isLoopback(const std::string& addr) {
  return addr.rfind("127.", 0) == 0 || addr == "::1" || addr.rfind("::ffff:127.", 0) == 0;
}

}  // namespace

SimServer::SimServer(SimOptions options)
    : options_(std::move(options)),
      server_(std::make_unique<httplib::Server>()),
      latency_ms_(options_.latency_ms),
      jitter_ms_(options_.jitter_ms),
      qps_(options_.qps),
      rng_(options_.seed) {
  std::map<std::string, SimCredential> creds;
  for (const auto& c : options_.credentials) creds[c.access_key_id] = c;
  verifier_.setCredentials(std::move(creds));
  routes();
}

SimServer::~SimServer() { stop(); }

std::string SimServer::endpoint() const { return fmt::format("{}:{}", options_.host, port_); }

int SimServer::start() {
  const int threads = options_.threads;
  server_->new_task_queue = [threads] {
    return new httplib::ThreadPool(static_cast<std::size_t>(threads));
  };
  server_->set_keep_alive_max_count(1'000'000);
  server_->set_keep_alive_timeout(30);
  server_->set_tcp_nodelay(true);
  port_ = options_.port == 0
              ? server_->bind_to_any_port(options_.host)
              : (server_->bind_to_port(options_.host, options_.port) ? options_.port : -1);
  if (port_ <= 0) {
    throw std::runtime_error(fmt::format("cannot listen on {}:{}", options_.host, options_.port));
  }
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  return port_;
}

void SimServer::stop() {
  {
    std::lock_guard lock(stop_mutex_);
    stopping_ = true;
  }
  stop_cv_.notify_all();
  if (server_) server_->stop();
  if (thread_.joinable()) thread_.join();
}

bool SimServer::sleepMs(int ms) {
  if (ms <= 0) return true;
  std::unique_lock lock(stop_mutex_);
  return !stop_cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping_; });
}

void SimServer::setLatency(int fixed_ms, int jitter_ms) {
  std::lock_guard lock(state_mutex_);
  latency_ms_ = fixed_ms;
  jitter_ms_ = jitter_ms;
}

void SimServer::setQps(double qps) {
  std::lock_guard lock(state_mutex_);
  qps_ = qps;
}

void SimServer::setForbidden(const std::string& access_key_id, const std::string& cust_space_id,
                             bool forbidden) {
  std::lock_guard lock(state_mutex_);
  if (forbidden) {
    forbidden_.emplace(access_key_id, cust_space_id);
  } else {
    forbidden_.erase({access_key_id, cust_space_id});
  }
}

void SimServer::record(LogEntry e) {
  std::lock_guard lock(state_mutex_);
  e.seq = ++seq_;
  log_.push_back(std::move(e));
  while (log_.size() > kMaxLogEntries) log_.pop_front();
}

std::vector<LogEntry> SimServer::log(long since) const {
  std::lock_guard lock(state_mutex_);
  std::vector<LogEntry> out;
  for (const auto& e : log_) {
    if (e.seq > since) out.push_back(e);
  }
  return out;
}

void SimServer::clearLog() {
  std::lock_guard lock(state_mutex_);
  log_.clear();
}

std::map<std::string, int> SimServer::maxPerSecond() const {
  std::map<std::string, std::vector<std::int64_t>> times;
  for (const auto& e : log()) {
    if (e.signature_ok) times[e.access_key_id].push_back(e.ts_ms);
  }
  std::map<std::string, int> out;
  for (auto& [key, ts] : times) {
    std::sort(ts.begin(), ts.end());
    int best = 0;
    for (std::size_t i = 0, j = 0; i < ts.size(); ++i) {
      while (ts[i] - ts[j] >= 1000) ++j;
      best = std::max(best, static_cast<int>(i - j + 1));
    }
    out[key] = best;
  }
  return out;
}

void SimServer::routes() {
  auto& s = *server_;
  s.Post("/", [this](const httplib::Request& req, httplib::Response& res) {
    const auto now = std::chrono::system_clock::now();
    LogEntry e;
    e.ts_ms = unixMs(now);
    e.method = req.method;
    const auto qmark = req.target.find('?');
    e.query = qmark == std::string::npos ? "" : req.target.substr(qmark + 1);
    e.request_id = newRequestId();
    const auto finish = [&](int status, const std::string& code, const std::string& body) {
      e.status = status;
      e.code = code;
      sendJson(res, status, body);
      record(e);
    };
    Headers headers;
    for (const auto& [n, v] : req.headers) headers.emplace_back(n, v);
    const std::string path = qmark == std::string::npos ? req.target : req.target.substr(0, qmark);
    if (req.get_header_value("x-acs-action") != "ListChatGroup") {
      return finish(404, "InvalidAction.NotFound",
                    gatewayError(e.request_id, "InvalidAction.NotFound",
                                 "Specified api is not found, please check your url and method."));
    }
    if (req.get_header_value("x-acs-version") != "2020-06-06") {
      return finish(400, "InvalidVersion",
                    gatewayError(e.request_id, "InvalidVersion",
                                 "Specified parameter Version is not valid."));
    }
    const Verification v = verifier_.verify(req.method, path, e.query, headers, req.body, now);
    e.access_key_id = v.access_key_id;
    if (v.rejection) {
      return finish(v.rejection->http_status, v.rejection->code,
                    gatewayError(e.request_id, v.rejection->code, v.rejection->message));
    }
    e.signature_ok = true;
    bool throttled = false;
    {
      std::lock_guard lock(state_mutex_);
      if (qps_ > 0) {
        auto& window = accepted_[v.access_key_id];
        const auto t = std::chrono::steady_clock::now();
        while (!window.empty() && t - window.front() >= std::chrono::seconds(1)) window.pop_front();
        throttled = static_cast<double>(window.size()) >= qps_;
        if (!throttled) window.push_back(t);
      }
    }
    if (throttled) {
      return finish(400, "Throttling.User",
                    gatewayError(e.request_id, "Throttling.User",
                                 "Request was denied due to user flow control."));
    }
    const auto query = decodeQuery(e.query).value_or(QueryParams{});
    std::map<std::string, std::string> params(query.begin(), query.end());
    for (const char* required : {"BusinessNumber", "CustSpaceId", "Page"}) {
      if (!params.count(required)) {
        return finish(400, "MissingParameter",
                      gatewayError(e.request_id, "MissingParameter",
                                   fmt::format("The input parameter \"{}\" that is mandatory for "
                                               "processing this request is not supplied.",
                                               required)));
      }
    }
    e.cust_space_id = params["CustSpaceId"];
    e.business_number = params["BusinessNumber"];
    const json page_obj = json::parse(params["Page"], nullptr, false);
    const auto intField = [&](const char* k) -> int {
      if (!page_obj.is_object() || !page_obj.contains(k) || !page_obj[k].is_number_integer())
        return -1;
      const auto n = page_obj[k].get<long long>();
      return (n < 1 || n > 1'000'000'000) ? -1 : static_cast<int>(n);
    };
    e.page_index = intField("Index");
    e.page_size = intField("Size");
    if (e.page_index < 1 || e.page_size < 1 || e.page_size > options_.max_page_size) {
      return finish(200, "InvalidParameter.PageInvalid",
                    businessError(e.request_id, "InvalidParameter.PageInvalid",
                                  fmt::format("The Page parameter is invalid: Index must be >= 1 "
                                              "and Size between 1 and {}.",
                                              options_.max_page_size)));
    }
    bool forbidden = false;
    {
      std::lock_guard lock(state_mutex_);
      forbidden = forbidden_.count({v.access_key_id, e.cust_space_id}) > 0;
    }
    if (forbidden) {
      return finish(403, "Forbidden.RAM",
                    gatewayError(e.request_id, "Forbidden.RAM",
                                 "User not authorized to operate on the specified resource."));
    }
    if (params.count("ChannelType") && params["ChannelType"] != "WHATSAPP") {
      return finish(200, "InvalidParameter.ChannelTypeNotSupport",
                    businessError(e.request_id, "InvalidParameter.ChannelTypeNotSupport",
                                  "The channel type is not supported."));
    }
    int delay = 0;
    {
      std::lock_guard lock(state_mutex_);
      delay = latency_ms_;
      if (jitter_ms_ > 0) delay += static_cast<int>(rng_() % static_cast<unsigned>(jitter_ms_ + 1));
    }
    if (!sleepMs(delay))
      return finish(503, "ServiceUnavailable",
                    gatewayError(e.request_id, "ServiceUnavailable", "stopping"));
    const AccountKey account{e.cust_space_id, e.business_number};
    const auto fault = faults_.next(account, e.page_index);
    SimPage page =
        dataset_.page(account, params["GroupStatus"], params["Subject"], e.page_index, e.page_size);
    if (page.no_access) {
      return finish(200, "Authentication.NoAuth",
                    businessError(e.request_id, "Authentication.NoAuth",
                                  "This account is not authorized to list chat groups."));
    }
    if (fault) {
      e.fault = [&] {
        switch (fault->kind) {
          case FaultKind::kUnavailable:
            return "unavailable";
          case FaultKind::kThrottle:
            return "throttle";
          case FaultKind::kInternal:
            return "internal";
          case FaultKind::kBusiness:
            return "business";
          case FaultKind::kTimeout:
            return "timeout";
          case FaultKind::kReset:
            return "reset";
          case FaultKind::kMalformed:
            return "malformed";
          case FaultKind::kWrongType:
            return "wrong_type";
          case FaultKind::kMissingGroupId:
            return "missing_group_id";
          case FaultKind::kEmptyList:
            return "empty_list";
          case FaultKind::kMutateAfterPage:
            return "mutate_after_page";
          case FaultKind::kRaw:
            return "raw";
        }
        return "";
      }();
      switch (fault->kind) {
        case FaultKind::kUnavailable:
          return finish(
              503, "ServiceUnavailable",
              gatewayError(e.request_id, "ServiceUnavailable",
                           "The request has failed due to a temporary failure of the server."));
        case FaultKind::kThrottle:
          return finish(400, "Throttling.User",
                        gatewayError(e.request_id, "Throttling.User",
                                     "Request was denied due to user flow control."));
        case FaultKind::kInternal:
          return finish(
              500, "InternalError",
              gatewayError(e.request_id, "InternalError",
                           "The request processing has failed due to some unknown error."));
        case FaultKind::kBusiness:
          return finish(200, fault->code,
                        businessError(e.request_id, fault->code, "system exception"));
        case FaultKind::kTimeout:
          if (!sleepMs(fault->delay_ms)) return;
          break;
        case FaultKind::kReset: {
          e.status = 200;
          e.code = "reset";
          record(e);
          res.status = 200;
          res.set_content_provider(
              4096, "application/json",
              [](std::size_t, std::size_t, httplib::DataSink&) { return false; });
          return;
        }
        case FaultKind::kMalformed:
          return finish(200, "malformed",
                        fmt::format(R"({{"RequestId":"{}","Data":{{"Total":{},"List":[{{"GroupId)",
                                    e.request_id, page.total));
        case FaultKind::kWrongType:
          return finish(
              200, "wrong_type",
              fmt::format(
                  R"({{"RequestId":"{}","Code":"OK","Success":true,"Data":{{"Total":"{}","List":[]}}}})",
                  e.request_id, page.total));
        case FaultKind::kMissingGroupId:
          if (!page.items.empty()) {
            json first = json::parse(page.items.front());
            first.erase("GroupId");
            page.items.front() = first.dump();
          }
          break;
        case FaultKind::kEmptyList:
          page.items.clear();
          break;
        case FaultKind::kMutateAfterPage:
          break;
        case FaultKind::kRaw:
          return finish(fault->status, "raw", fault->body);
      }
    }
    std::string body;
    body.reserve(256 + page.items.size() * 320);
    body += R"({"AccessDeniedDetail":"None","Message":"None","RequestId":")";
    body += e.request_id;
    body += R"(","Data":{"Total":)";
    body += std::to_string(page.total);
    body += R"(,"List":[)";
    for (std::size_t i = 0; i < page.items.size(); ++i) {
      if (i > 0) body += ',';
      body += page.items[i];
    }
    body += R"(]},"Code":"OK","Success":true})";
    finish(200, "OK", body);
    if (fault && fault->kind == FaultKind::kMutateAfterPage) {
      json ops = fault->mutation;
      if (!ops.is_array()) {  // default: the account's first group disappears
        ops = json::array();
        const SimPage first = dataset_.page(account, "", "", 1, 1);
        if (!first.items.empty()) {
          ops.push_back({{"op", "delete"}, {"group_id", json::parse(first.items[0])["GroupId"]}});
        }
      }
      (void)dataset_.mutate(account, ops);
    }
  });

  s.Get("/", [this](const httplib::Request&, httplib::Response& res) {
    sendJson(res, 400,
             gatewayError(newRequestId(), "UnsupportedHTTPMethod",
                          "ListChatGroup is called with POST."));
  });

  // ---- admin API (loopback only) ----
  const auto admin = [this](auto handler) {
    return [this, handler](const httplib::Request& req, httplib::Response& res) {
      if (!isLoopback(req.remote_addr)) {
        sendJson(res, 403, R"({"error":"the admin API answers loopback clients only"})");
        return;
      }
      try {
        handler(req, res);
      } catch (const std::exception& ex) {
        sendJson(res, 400, json{{"error", ex.what()}}.dump());
      }
    };
  };
  const auto body = [](const httplib::Request& req) {
    json j = json::parse(req.body, nullptr, false);
    if (j.is_discarded()) throw std::invalid_argument("the body is not JSON");
    return j;
  };
  s.Get("/__admin/health", admin([this](const httplib::Request&, httplib::Response& res) {
          sendJson(res, 200, json{{"ok", true}, {"groups", dataset_.groupCount()}}.dump());
        }));
  s.Get("/__admin/dataset", admin([this](const httplib::Request&, httplib::Response& res) {
          sendJson(res, 200, dataset_.snapshot().dump());
        }));
  s.Put("/__admin/dataset",
        admin([this, body](const httplib::Request& req, httplib::Response& res) {
          dataset_.replace(body(req));
          sendJson(res, 200, json{{"groups", dataset_.groupCount()}}.dump());
        }));
  s.Post(
      "/__admin/mutate", admin([this, body](const httplib::Request& req, httplib::Response& res) {
        const json j = body(req);
        const int changed = dataset_.mutate(
            {j.at("cust_space_id").get<std::string>(), j.at("business_number").get<std::string>()},
            j.at("ops"));
        sendJson(res, 200, json{{"changed", changed}}.dump());
      }));
  s.Put("/__admin/latency",
        admin([this, body](const httplib::Request& req, httplib::Response& res) {
          const json j = body(req);
          setLatency(j.value("fixed_ms", 0), j.value("jitter_ms", 0));
          sendJson(res, 200, j.dump());
        }));
  s.Put("/__admin/qps", admin([this, body](const httplib::Request& req, httplib::Response& res) {
          const json j = body(req);
          setQps(j.value("qps", 0.0));
          sendJson(res, 200, j.dump());
        }));
  s.Put("/__admin/forbid", admin([this, body](const httplib::Request& req, httplib::Response& res) {
          const json j = body(req);
          setForbidden(j.at("access_key_id").get<std::string>(),
                       j.at("cust_space_id").get<std::string>(), j.value("forbidden", true));
          sendJson(res, 200, j.dump());
        }));
  s.Put("/__admin/faults", admin([this, body](const httplib::Request& req, httplib::Response& res) {
          faults_.set(body(req));
          sendJson(res, 200, faults_.describe().dump());
        }));
  s.Get("/__admin/faults", admin([this](const httplib::Request&, httplib::Response& res) {
          sendJson(res, 200, faults_.describe().dump());
        }));
  s.Delete("/__admin/faults", admin([this](const httplib::Request&, httplib::Response& res) {
             faults_.clear();
             sendJson(res, 200, "{}");
           }));
  s.Get("/__admin/log", admin([this](const httplib::Request& req, httplib::Response& res) {
          const long since = req.has_param("since") ? std::stol(req.get_param_value("since")) : 0;
          json entries = json::array();
          for (const auto& e : log(since)) {
            entries.push_back({{"seq", e.seq},
                               {"ts_ms", e.ts_ms},
                               {"method", e.method},
                               {"query", e.query},
                               {"access_key_id", e.access_key_id},
                               {"signature_ok", e.signature_ok},
                               {"status", e.status},
                               {"code", e.code},
                               {"request_id", e.request_id},
                               {"cust_space_id", e.cust_space_id},
                               {"business_number", e.business_number},
                               {"page_index", e.page_index},
                               {"page_size", e.page_size},
                               {"fault", e.fault}});
          }
          sendJson(res, 200,
                   json{{"entries", std::move(entries)}}.dump(-1, ' ', false,
                                                              json::error_handler_t::replace));
        }));
  s.Delete("/__admin/log", admin([this](const httplib::Request&, httplib::Response& res) {
             clearLog();
             sendJson(res, 200, "{}");
           }));
  s.Get("/__admin/stats", admin([this](const httplib::Request&, httplib::Response& res) {
          json by_code = json::object();
          long total = 0;
          for (const auto& e : log()) {
            by_code[e.code] = by_code.value(e.code, 0) + 1;
            ++total;
          }
          sendJson(
              res, 200,
              json{{"requests", total}, {"by_code", by_code}, {"max_per_second", maxPerSecond()}}
                  .dump());
        }));
}

}  // namespace cgs::sim
