// The operator's toolbox against the real daemon: its /metrics, scraped after a sync with
// members and a webhook delivery, passes promtool's lint, and the shipped alert rules and Grafana
// dashboard name only metrics it exports.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "e2e_harness.h"
#include "local_http.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

TEST(Toolbox, ARealScrapePassesPromtoolAndFeedsTheRulesAndTheDashboard) {
  const json data = sim::generateDataset({1, 20, 41, true});
  E2e t(data);
  auto receiver = std::make_unique<Process>(
      "/usr/bin/python3",
      std::vector<std::string>{CGS_SOURCE_DIR "/contrib/webhook-receiver/receiver.py", "0"},
      std::map<std::string, std::string>{{"WEBHOOK_SECRET", "toolbox-secret-0123456789"}},
      t.dir().file("receiver"));
  int port = 0;
  ASSERT_TRUE(E2e::eventually([&] { return (port = reportedPort(receiver->err(), "on ")) > 0; }));
  auto accounts = E2e::accountsOf(data);
  accounts[0].extra = "    participants: true\n";
  const std::string cfg = t.writeConfig(
      accounts,
      fmt::format("schedule:\n  interval: 1s\n  jitter: 0\nmetrics:\n  listen: 127.0.0.1:0\n"
                  "discovery:\n  interval: 1h\n"
                  "webhooks:\n  - name: crm\n    url: http://127.0.0.1:{}/hooks\n"
                  "    secret: toolbox-secret-0123456789\n",
                  port));
  ASSERT_EQ(t.run({"--config", cfg, "--migrate"}).code, 0);
  auto daemon = t.start({"--config", cfg}, "daemon");
  int metrics_port = 0;
  ASSERT_TRUE(E2e::eventually(
      [&] { return (metrics_port = reportedPort(daemon->err(), "metrics on http://")) > 0; }));
  std::string scrape;
  ASSERT_TRUE(E2e::eventually([&] {
    scrape = httpGet(fmt::format("http://127.0.0.1:{}/metrics", metrics_port));
    return scrape.find("outcome=\"delivered\"") != std::string::npos &&
           scrape.find("cams_groupsync_phone_number_info{") != std::string::npos &&
           scrape.find("action=\"ListChatGroupParticipants\"") != std::string::npos;
  })) << scrape;
  const std::string file = t.dir().file("scrape.txt");
  std::ofstream(file) << scrape;

  const auto lint = runToEnd("/bin/bash", {"-c", "promtool check metrics < " + file}, {},
                             t.dir().file("promtool"));
  EXPECT_EQ(lint.code, 0) << lint.out << lint.err;
  EXPECT_EQ(lint.out + lint.err, "") << "promtool found naming or help problems";

  const auto refs = runToEnd("/usr/bin/python3",
                             {CGS_SOURCE_DIR "/tests/tools/check_metric_refs.py", file,
                              CGS_SOURCE_DIR "/contrib/grafana/cams-groupsync.json",
                              CGS_SOURCE_DIR "/contrib/prometheus/cams-groupsync.rules.yml"},
                             {}, t.dir().file("refs"));
  EXPECT_EQ(refs.code, 0) << refs.out << refs.err;
}

}  // namespace
}  // namespace cgs::testing
