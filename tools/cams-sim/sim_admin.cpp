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

json logEntryJson(const LogEntry& e) {
  return {{"seq", e.seq},
          {"action", e.action},
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
          {"group_id", e.group_id},
          {"page_index", e.page_index},
          {"page_size", e.page_size},
          {"fault", e.fault}};
}

// Runs an admin handler: loopback clients only, and a handler's exception answers 400.
template <typename Call>
void guarded(const httplib::Request& req, httplib::Response& res, Call call) {
  if (!isLoopback(req.remote_addr)) {
    sendJson(res, 403, R"({"error":"the admin API answers loopback clients only"})");
    return;
  }
  try {
    call();
  } catch (const std::exception& ex) {
    sendJson(res, 400, json{{"error", ex.what()}}.dump());
  }
}

template <typename Handler>
httplib::Server::Handler admin(Handler handler) {
  return [handler](const httplib::Request& req, httplib::Response& res) {
    guarded(req, res, [&] { handler(req, res); });
  };
}

// An admin handler that takes a JSON body: the body is read as it is, whatever its Content-Type
// (curl -d sends form data, which httplib would parse, and refuse above 8 KB).
template <typename Handler>
httplib::Server::HandlerWithContentReader adminWithBody(Handler handler) {
  return [handler](const httplib::Request& req, httplib::Response& res,
                   const httplib::ContentReader& reader) {
    guarded(req, res, [&] {
      std::string text;
      reader([&](const char* data, std::size_t n) {
        text.append(data, n);
        return true;
      });
      json body = json::parse(text, nullptr, false);
      if (body.is_discarded()) throw std::invalid_argument("the body is not JSON");
      handler(body, res);
    });
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
          sendJson(res, 200, dataSnapshot().dump());
        }));
  s.Put("/__admin/dataset", adminWithBody([this](const json& body, httplib::Response& res) {
          loadData(body);
          sendJson(res, 200, json{{"groups", dataset_.groupCount()}}.dump());
        }));
  s.Post("/__admin/mutate", adminWithBody([this](const json& j, httplib::Response& res) {
           const int changed = dataset_.mutate({j.at("cust_space_id").get<std::string>(),
                                                j.at("business_number").get<std::string>()},
                                               j.at("ops"));
           sendJson(res, 200, json{{"changed", changed}}.dump());
         }));
  // Discovery's inventory: instances and phone numbers (ops in sim_inventory.h).
  s.Get("/__admin/inventory", admin([this](const httplib::Request&, httplib::Response& res) {
          sendJson(res, 200, inventory_.snapshot().dump());
        }));
  s.Post("/__admin/inventory", adminWithBody([this](const json& j, httplib::Response& res) {
           const int changed = inventory_.mutate(j.at("ops"));
           sendJson(res, 200, json{{"changed", changed}}.dump());
         }));
}

// How it serves: latency, QPS limit, permissions, faults.
void SimServer::adminControlRoutes() {
  auto& s = *server_;
  s.Put("/__admin/latency", adminWithBody([this](const json& j, httplib::Response& res) {
          setLatency(j.value("fixed_ms", 0), j.value("jitter_ms", 0));
          sendJson(res, 200, j.dump());
        }));
  s.Put("/__admin/qps", adminWithBody([this](const json& j, httplib::Response& res) {
          setQps(j.value("qps", 0.0));
          sendJson(res, 200, j.dump());
        }));
  s.Put("/__admin/forbid", adminWithBody([this](const json& j, httplib::Response& res) {
          setForbidden(j.at("access_key_id").get<std::string>(),
                       j.at("cust_space_id").get<std::string>(), j.value("action", ""),
                       j.value("forbidden", true));
          sendJson(res, 200, j.dump());
        }));
  s.Put("/__admin/faults", adminWithBody([this](const json& body, httplib::Response& res) {
          faults_.set(body);
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
          json by_action = json::object();
          long total = 0;
          for (const auto& e : log()) {
            by_code[e.code] = by_code.value(e.code, 0) + 1;
            by_action[e.action] = by_action.value(e.action, 0) + 1;
            ++total;
          }
          sendJson(res, 200,
                   json{{"requests", total},
                        {"by_code", by_code},
                        {"by_action", by_action},
                        {"max_per_second", maxPerSecond()}}
                       .dump());
        }));
}

}  // namespace cgs::sim
