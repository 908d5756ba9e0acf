// The simulator's admin API under /__admin/ (loopback clients only): dataset, mutations, latency,
// QPS, permissions, faults, the request log and stats. See README.md beside this file.
#include <httplib.h>

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "sim_http.h"
#include "sim_server.h"

namespace cgs::sim {

using nlohmann::json;

namespace {

bool isLoopback(const std::string& addr) {
  return addr.rfind("127.", 0) == 0 || addr == "::1" || addr.rfind("::ffff:127.", 0) == 0;
}

json parseBody(const httplib::Request& req) {
  json j = json::parse(req.body, nullptr, false);
  if (j.is_discarded()) throw std::invalid_argument("the body is not JSON");
  return j;
}

json logEntryJson(const LogEntry& e) {
  return {{"seq", e.seq},
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
          {"fault", e.fault}};
}

// Wraps an admin handler: loopback clients only, and a handler's exception answers 400.
template <typename Handler>
httplib::Server::Handler admin(Handler handler) {
  return [handler](const httplib::Request& req, httplib::Response& res) {
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
}

}  // namespace

void SimServer::adminRoutes() {
  adminDataRoutes();
  adminControlRoutes();
  adminLogRoutes();
}

// What the simulator serves: health, the dataset, mutations of one account.
void SimServer::adminDataRoutes() {
  auto& s = *server_;
  s.Get("/__admin/health", admin([this](const httplib::Request&, httplib::Response& res) {
          sendJson(res, 200, json{{"ok", true}, {"groups", dataset_.groupCount()}}.dump());
        }));
  s.Get("/__admin/dataset", admin([this](const httplib::Request&, httplib::Response& res) {
          sendJson(res, 200, dataset_.snapshot().dump());
        }));
  s.Put("/__admin/dataset", admin([this](const httplib::Request& req, httplib::Response& res) {
          dataset_.replace(parseBody(req));
          sendJson(res, 200, json{{"groups", dataset_.groupCount()}}.dump());
        }));
  s.Post("/__admin/mutate", admin([this](const httplib::Request& req, httplib::Response& res) {
           const json j = parseBody(req);
           const int changed = dataset_.mutate({j.at("cust_space_id").get<std::string>(),
                                                j.at("business_number").get<std::string>()},
                                               j.at("ops"));
           sendJson(res, 200, json{{"changed", changed}}.dump());
         }));
}

// How it serves: latency, QPS limit, permissions, faults.
void SimServer::adminControlRoutes() {
  auto& s = *server_;
  s.Put("/__admin/latency", admin([this](const httplib::Request& req, httplib::Response& res) {
          const json j = parseBody(req);
          setLatency(j.value("fixed_ms", 0), j.value("jitter_ms", 0));
          sendJson(res, 200, j.dump());
        }));
  s.Put("/__admin/qps", admin([this](const httplib::Request& req, httplib::Response& res) {
          const json j = parseBody(req);
          setQps(j.value("qps", 0.0));
          sendJson(res, 200, j.dump());
        }));
  s.Put("/__admin/forbid", admin([this](const httplib::Request& req, httplib::Response& res) {
          const json j = parseBody(req);
          setForbidden(j.at("access_key_id").get<std::string>(),
                       j.at("cust_space_id").get<std::string>(), j.value("forbidden", true));
          sendJson(res, 200, j.dump());
        }));
  s.Put("/__admin/faults", admin([this](const httplib::Request& req, httplib::Response& res) {
          faults_.set(parseBody(req));
          sendJson(res, 200, faults_.describe().dump());
        }));
  s.Get("/__admin/faults", admin([this](const httplib::Request&, httplib::Response& res) {
          sendJson(res, 200, faults_.describe().dump());
        }));
  s.Delete("/__admin/faults", admin([this](const httplib::Request&, httplib::Response& res) {
             faults_.clear();
             sendJson(res, 200, "{}");
           }));
}

// What it saw: the request log and its stats.
void SimServer::adminLogRoutes() {
  auto& s = *server_;
  s.Get("/__admin/log", admin([this](const httplib::Request& req, httplib::Response& res) {
          const long since = req.has_param("since") ? std::stol(req.get_param_value("since")) : 0;
          json entries = json::array();
          for (const auto& e : log(since)) entries.push_back(logEntryJson(e));
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
