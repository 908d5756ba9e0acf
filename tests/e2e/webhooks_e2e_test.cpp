// Webhooks through the built binary and the shipped receiver example
// (contrib/webhook-receiver/receiver.py): a receiver that is down loses nothing, a SIGKILLed daemon
// loses nothing, every delivery is signed, and the backlog shows in --status and the metrics.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "e2e_harness.h"
#include "local_http.h"
#include "webhook_receiver.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

TEST(WebhooksE2e, NothingIsLostToADownReceiverOrAKilledDaemonAndEveryDeliveryIsSigned) {
  const json data = sim::generateDataset({2, 25, 31});
  E2e t(data);
  // The receiver picks a port, then goes down: the daemon starts against a dead address.
  int port = 0;
  {
    auto probe = startReceiver(t, 0, "probe");
    ASSERT_TRUE(E2e::eventually([&] { return (port = reportedPort(probe->err(), "on ")) > 0; }));
    probe->signal(SIGKILL);
    (void)probe->wait(5s);
  }
  const std::string secret_file = t.dir().file("hook-secret");
  writeSecretFile(secret_file, std::string(kHookSecret) + "\n");
  const std::string cfg = t.writeConfig(
      E2e::accountsOf(data),
      fmt::format("schedule:\n  interval: 1s\n  jitter: 0\nmetrics:\n  listen: 127.0.0.1:0\n"
                  "webhooks:\n  - name: crm\n    url: http://127.0.0.1:{}/hooks\n"
                  "    secret_file: {}\n    max_batch: 20\n    timeout: 2s\n",
                  port, secret_file));
  ASSERT_EQ(t.run({"--config", cfg, "--migrate"}).code, 0);
  auto daemon = t.start({"--config", cfg}, "daemon");
  ASSERT_TRUE(E2e::eventually([&] {
    return t.schema().scalar<int>(
               "SELECT count(*) FROM webhook_deliveries WHERE attempts > 0 AND status = "
               "'pending'") > 0;
  })) << daemon->err();
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM webhook_outbox"), 50);

  auto receiver = startReceiver(t, port, "receiver");
  ASSERT_TRUE(E2e::eventually([&] { return receivedIds(*receiver).size() >= 50; }, 60s))
      << daemon->err();
  auto ids = receivedIds(*receiver);
  EXPECT_EQ(ids.size(), 50u);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end())) << "in change_id order";

  // Observability: metrics and --status.
  int metrics_port = 0;
  ASSERT_TRUE(E2e::eventually(
      [&] { return (metrics_port = reportedPort(daemon->err(), "metrics on http://")) > 0; }));
  std::string metrics;
  ASSERT_TRUE(E2e::eventually([&] {
    metrics = httpGet(fmt::format("http://127.0.0.1:{}/metrics", metrics_port));
    return metrics.find("cams_groupsync_webhook_pending_events{webhook=\"crm\"} 0") !=
           std::string::npos;
  })) << metrics;
  EXPECT_THAT(metrics, ::testing::HasSubstr("cams_groupsync_webhook_deliveries_total{webhook="
                                            "\"crm\",outcome=\"delivered\",status=\"204\"} 3"));
  EXPECT_THAT(metrics, ::testing::HasSubstr(
                           "cams_groupsync_webhook_deliveries_total{webhook=\"crm\",outcome="
                           "\"retry\",status=\"none\"}"));
  const auto status = t.run({"--config", cfg, "--status"});
  EXPECT_THAT(status.out,
              ::testing::HasSubstr("webhook crm: 0 pending event(s), 0 dead deliveries"));

  // The daemon dies hard; what changes meanwhile is synced and delivered by --once.
  daemon->signal(SIGKILL);
  (void)daemon->wait(10s);
  const std::string cs = data["accounts"][0]["cust_space_id"];
  const std::string g = data["accounts"][0]["groups"][0]["GroupId"];
  t.sim().dataset().mutate({cs, data["accounts"][0]["business_number"]},
                           json::array({{{"op", "update"},
                                         {"group_id", g},
                                         {"set", {{"Subject", "renamed after the crash"}}}}}));
  const auto once = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(once.code, 0) << once.err;
  ASSERT_TRUE(E2e::eventually([&] { return receivedIds(*receiver).size() == 51; }));
  EXPECT_THAT(receiver->out(), ::testing::HasSubstr("renamed after the crash"));
  EXPECT_EQ(daemon->err().find(kHookSecret), std::string::npos) << "the secret is never logged";
  EXPECT_EQ(once.err.find(kHookSecret), std::string::npos);
}

TEST(WebhooksE2e, RedeliverRequeuesDeadDeliveries) {
  const json data = sim::generateDataset({1, 5, 32});
  E2e t(data);
  const std::string secret_file = t.dir().file("hook-secret");
  writeSecretFile(secret_file, "a-different-secret-so-the-receiver-refuses\n");
  auto receiver = startReceiver(t, 0, "receiver");
  int port = 0;
  ASSERT_TRUE(E2e::eventually([&] { return (port = reportedPort(receiver->err(), "on ")) > 0; }));
  const std::string cfg =
      t.writeConfig(E2e::accountsOf(data),
                    fmt::format("webhooks:\n  - name: crm\n    url: http://127.0.0.1:{}/hooks\n"
                                "    secret_file: {}\n",
                                port, secret_file));
  const auto first = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_EQ(t.schema().scalar<std::string>(
                "SELECT status || ' ' || last_http_status FROM webhook_deliveries"),
            "dead 401")
      << "a wrong signature is refused for good";
  EXPECT_THAT(t.run({"--config", cfg, "--status"}).out,
              ::testing::HasSubstr("webhook crm: 0 pending event(s), 1 dead delivery"));

  writeSecretFile(secret_file, std::string(kHookSecret) + "\n");
  const auto requeue =
      t.run({"--config", cfg, "--redeliver", "crm", "--since", "2020-01-01T00:00:00Z"});
  ASSERT_EQ(requeue.code, 0) << requeue.err;
  EXPECT_THAT(requeue.out, ::testing::HasSubstr("webhook crm: 1 dead delivery requeued"));
  const auto unknown = t.run({"--config", cfg, "--redeliver", "nope"});
  EXPECT_EQ(unknown.code, 2);
  const auto second = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(second.code, 0) << second.err;
  EXPECT_EQ(receivedIds(*receiver).size(), 5u);
}

}  // namespace
}  // namespace cgs::testing
