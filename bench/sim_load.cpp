// Load generator for cams-sim: N threads, each with one keep-alive connection, sending freshly
// signed ListChatGroup requests for a fixed time. Prints one JSON line with the rate achieved.
//   cams-sim-load --endpoint 127.0.0.1:PORT --key K --secret S --cust-space-id C
//                 --business-number B [--page-size 100] [--threads 4] [--seconds 5]
#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cams/curl_transport.h"
#include "cams/list_chat_group.h"
#include "common/crypto.h"

int main(int argc, char** argv) {
  std::string endpoint, key, secret, cust_space_id, business_number;
  int page_size = 100, threads = 4, pages_in_listing = 100;
  double seconds = 5;
  CLI::App app{
      "cams-sim-load: signed ListChatGroup requests against cams-sim, as fast as it answers"};
  app.add_option("--endpoint", endpoint)->required();
  app.add_option("--key", key)->required();
  app.add_option("--secret", secret)->required();
  app.add_option("--cust-space-id", cust_space_id)->required();
  app.add_option("--business-number", business_number)->required();
  app.add_option("--page-size", page_size);
  app.add_option("--pages", pages_in_listing, "Cycle through pages 1..N");
  app.add_option("--threads", threads);
  app.add_option("--seconds", seconds);
  CLI11_PARSE(app, argc, argv);

  cgs::CurlGlobal curl;
  std::atomic<long> pages{0}, groups{0}, errors{0}, connections{0};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      cgs::CurlTransport transport(
          {"http", cgs::Millis{2000}, cgs::Millis{10000}, 64u << 20, nullptr});
      for (int i = t; std::chrono::steady_clock::now() < deadline; i += threads) {
        cgs::ListChatGroupParams p{
            cust_space_id, business_number, "", "", "", 1 + i % pages_in_listing, page_size};
        const auto req = cgs::buildSignedRequest(
            cgs::kListChatGroupAction, cgs::listChatGroupQuery(p), endpoint, key, secret, "",
            cgs::formatAcsDate(std::chrono::system_clock::now()), cgs::randomHex(16));
        auto r = transport.send(req);
        if (auto* resp = std::get_if<cgs::HttpResponse>(&r);
            resp != nullptr && resp->status == 200) {
          auto parsed = cgs::parseListChatGroupResponse(resp->status, resp->body);
          if (auto* page = std::get_if<cgs::ListChatGroupPage>(&parsed)) {
            ++pages;
            groups += static_cast<long>(page->groups.size());
            connections += resp->new_connections;
            continue;
          }
        }
        ++errors;
      }
    });
  }
  for (auto& th : pool) th.join();
  const double took =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout
      << fmt::format(
             R"({{"threads":{},"page_size":{},"seconds":{:.2f},"pages":{},"errors":{},"connections":{},"pages_per_s":{:.0f},"groups_per_s":{:.0f}}})",
             threads, page_size, took, pages.load(), errors.load(), connections.load(),
             static_cast<double>(pages.load()) / took, static_cast<double>(groups.load()) / took)
      << std::endl;
  return errors.load() == 0 ? 0 : 1;
}
