// A webhook receiver for bench/run.sh that answers 200 at once and counts what it received, and
// the same receiver's own limit: one client posting a saved delivery to it back to back.
//   cams-webhook-sink --listen 127.0.0.1:0 --port-file F [--save-first BODY]
//       POST any path: 200, counted (the body's "events" array); GET /stats: one JSON line with
//       requests, events and the first and last request's milliseconds since the sink started;
//       DELETE /stats: counts from zero again.
//   cams-webhook-sink --blast URL --body BODY [--seconds 3]
//       POSTs BODY with the daemon's own client (libcurl, one keep-alive connection, as the
//       dispatcher sends) for that long; prints requests/s and events/s as one JSON line.
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>

#include <fmt/format.h>
#include <httplib.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string_view>

#include "webhook/webhook_client.h"

namespace {

using Clock = std::chrono::steady_clock;

// Each event has one "event_id" (the bench's items have no such field): counted without parsing,
// so the receiver answers at once.
std::size_t eventsIn(std::string_view body) {
  constexpr std::string_view kKey = "\"event_id\"";
  std::size_t n = 0;
  for (auto at = body.find(kKey); at != std::string_view::npos; at = body.find(kKey, at + 1)) ++n;
  return n;
}

int serve(const std::string& listen, const std::string& port_file, const std::string& save_first) {
  const auto started = Clock::now();
  std::atomic<long> requests{0}, events{0}, first_ms{-1}, last_ms{-1};
  std::mutex save_mutex;
  bool saved = save_first.empty();
  httplib::Server server;
  server.Post(".*", [&](const httplib::Request& req, httplib::Response& res) {
    const long now =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
    long expected = -1;
    first_ms.compare_exchange_strong(expected, now);
    last_ms = now;
    events += static_cast<long>(eventsIn(req.body));
    ++requests;
    if (!saved) {
      const std::lock_guard<std::mutex> lock(save_mutex);
      if (!saved) std::ofstream(save_first) << req.body;
      saved = true;
    }
    res.status = 200;
  });
  server.Delete("/stats", [&](const httplib::Request&, httplib::Response& res) {
    requests = 0;
    events = 0;
    first_ms = -1;
    last_ms = -1;
    res.status = 204;
  });
  server.Get("/stats", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(nlohmann::json{{"requests", requests.load()},
                                   {"events", events.load()},
                                   {"first_ms", first_ms.load()},
                                   {"last_ms", last_ms.load()}}
                        .dump(),
                    "application/json");
  });
  const auto colon = listen.rfind(':');
  const std::string host = listen.substr(0, colon);
  int port = std::stoi(listen.substr(colon + 1));
  if (port == 0)
    port = server.bind_to_any_port(host);
  else if (!server.bind_to_port(host, port))
    port = -1;
  if (port < 0) {
    std::cerr << "cams-webhook-sink: cannot listen on " << listen << "\n";
    return 1;
  }
  std::ofstream(port_file) << port << "\n";
  return server.listen_after_bind() ? 0 : 1;
}

int blast(const std::string& url, const std::string& body_file, double seconds) {
  std::stringstream body;
  body << std::ifstream(body_file).rdbuf();
  const std::size_t per_request = eventsIn(body.str());
  const cgs::CurlGlobal curl;
  cgs::WebhookClient client;
  const cgs::WebhookRequest request{url,
                                    {{"Content-Type", "application/json"}},
                                    body.str(),
                                    cgs::Millis{10'000},
                                    std::chrono::system_clock::now()};
  long requests = 0, failed = 0;
  const auto started = Clock::now();
  const auto deadline = started + std::chrono::duration<double>(seconds);
  while (Clock::now() < deadline) {
    const auto attempt = client.post(request);
    ++requests;
    if (attempt.http_status != 200) ++failed;
  }
  const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
  std::cout << fmt::format(
      "{{\"requests\": {}, \"failed\": {}, \"events_per_request\": {}, \"requests_per_s\": {:.0f}, "
      "\"events_per_s\": {:.0f}}}\n",
      requests, failed, per_request, requests / elapsed,
      static_cast<double>(requests) * static_cast<double>(per_request) / elapsed);
  return failed == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string listen, port_file, save_first, url, body_file;
  double seconds = 3;
  CLI::App app{"cams-webhook-sink: a webhook receiver that answers 200 at once, and its limit"};
  app.add_option("--listen", listen, "HOST:PORT to serve (port 0: any free one)");
  app.add_option("--port-file", port_file, "Where the port served is written");
  app.add_option("--save-first", save_first, "Where the first body received is written");
  app.add_option("--blast", url, "POST --body to this URL back to back");
  app.add_option("--body", body_file);
  app.add_option("--seconds", seconds);
  CLI11_PARSE(app, argc, argv);
  if (!url.empty()) return blast(url, body_file, seconds);
  if (listen.empty() || port_file.empty()) {
    std::cerr << "cams-webhook-sink: --listen and --port-file, or --blast and --body\n";
    return 2;
  }
  return serve(listen, port_file, save_first);
}
