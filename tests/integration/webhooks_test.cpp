// Webhooks without the binary: SyncWorker writes the outbox with its runs against a real
// PostgreSQL (cams-sim over loopback HTTP), and WebhookDispatcher posts deliveries to a receiver
// served in this process over real HTTP on loopback.
#include <httplib.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <numeric>
#include <set>
#include <sstream>
#include <thread>

#include <spdlog/sinks/ostream_sink.h>

#include "cams/jsonb_text.h"
#include "common/crypto.h"
#include "logging/logging_setup.h"
#include "store/outbox_store.h"
#include "sync_fixture.h"
#include "webhook/dispatcher.h"
#include "webhook/webhook_signature.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kHookSpace = kSimSpace;
constexpr const char* kHookNumber = kSimNumber;
constexpr const char* kHookSecret = "webhook-test-secret-0123456789";

// One request the receiver got.
struct Received {
  std::string delivery_id;
  std::string timestamp;
  std::string signature;
  std::string body;
};

// A webhook receiver on loopback: records every request and answers what `respond` says
// (default 204), one request at a time or several (it counts how many were in flight at once).
class Receiver {
 public:
  using Respond = std::function<void(const httplib::Request&, httplib::Response&, int n)>;
  Receiver() {
    server_.new_task_queue = [] { return new httplib::ThreadPool(4); };
    server_.Post("/hook", [this](const httplib::Request& req, httplib::Response& res) {
      const int now = ++in_flight_;
      int seen = max_in_flight_.load();
      while (now > seen && !max_in_flight_.compare_exchange_weak(seen, now)) {
      }
      int n = 0;
      Respond respond;
      {
        std::lock_guard lock(mutex_);
        received_.push_back({req.get_header_value("X-CAMS-Groupsync-Delivery"),
                             req.get_header_value("X-CAMS-Groupsync-Timestamp"),
                             req.get_header_value("X-CAMS-Groupsync-Signature"), req.body});
        n = static_cast<int>(received_.size());
        respond = respond_;
      }
      if (respond) {
        respond(req, res, n);
      } else {
        res.status = 204;
      }
      --in_flight_;
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~Receiver() {
    server_.stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/hook"; }
  void respond(Respond r) {
    std::lock_guard lock(mutex_);
    respond_ = std::move(r);
  }
  std::vector<Received> received() {
    std::lock_guard lock(mutex_);
    return received_;
  }
  int maxInFlight() const { return max_in_flight_; }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::mutex mutex_;
  std::vector<Received> received_;
  Respond respond_;
  std::atomic<int> in_flight_{0};
  std::atomic<int> max_in_flight_{0};
};

class WebhooksTest : public ::testing::Test {
 protected:
  WebhooksTest()
      : sim_(startSim(sim::generateDataset({1, 30, 5, true}))),
        config_(syncTestConfig(schema_, *sim_)) {
    WebhookConfig w;
    w.name = "crm";
    w.url = receiver_.url();
    w.secret.inline_value = Secret(kHookSecret);
    w.events = kWebhookEvents;
    w.max_batch = 10;
    w.timeout = std::chrono::milliseconds(2000);
    config_.webhooks.push_back(w);
    env_ = syncTestEnvironment(std::make_shared<const Config>(config_), clock_, random_, stop_);
  }

  void apply() {
    auto config = std::make_shared<const Config>(config_);
    env_.config = config;
    env_.limiters = testLimiters(*config, clock_);
  }
  RunReport run(RunOptions options = {"once", false, false}) {
    apply();
    return worker_.run(config_.accounts.front(), env_, options);
  }
  std::optional<Millis> dispatch() {
    apply();
    return dispatcher_.dispatchDue(env_);
  }
  void mutate(const json& ops) { (void)sim_->dataset().mutate({kHookSpace, kHookNumber}, ops); }
  int count(const std::string& sql) { return schema_.scalar<int>(sql); }
  std::string text(const std::string& sql) { return schema_.scalar<std::string>(sql); }
  // Every change id the receiver got, in the order it got them (repeats included).
  std::vector<std::int64_t> receivedChangeIds() {
    std::vector<std::int64_t> out;
    for (const auto& r : receiver_.received()) {
      const json body = json::parse(r.body);
      for (const auto& e : body["events"]) out.push_back(e["change_id"]);
    }
    return out;
  }

  TestSchema schema_;
  std::unique_ptr<sim::SimServer> sim_;
  Receiver receiver_;
  Config config_;
  RealClock clock_;
  RealRandom random_;
  StopSignal stop_;
  SyncEnvironment env_;
  SyncWorker worker_{testDatabaseUrl(), schema_.name()};
  WebhookDispatcher dispatcher_{testDatabaseUrl(), schema_.name(), nullptr};
};

TEST_F(WebhooksTest, EventsAreWrittenWithTheirRunAndNeverWithoutIt) {
  const RunReport dry = run({"once", true, false});
  ASSERT_TRUE(dry.ok());
  EXPECT_EQ(count("SELECT count(*) FROM webhook_outbox"), 0) << "a rolled-back run has no event";
  ASSERT_TRUE(run().ok());
  EXPECT_EQ(count("SELECT count(*) FROM webhook_outbox"), 30);
  EXPECT_EQ(count("SELECT count(*) FROM webhook_outbox o JOIN chat_group_changes c USING "
                  "(change_id) WHERE o.event->>'change_type' = c.change_type"),
            30);
  // A held run applies nothing, so it has no event either.
  json ops = json::array();
  for (const auto& item : sim_->dataset().page({kHookSpace, kHookNumber}, "", "", 1, 20).items) {
    ops.push_back({{"op", "delete"}, {"group_id", json::parse(item)["GroupId"]}});
  }
  mutate(ops);
  EXPECT_EQ(run().status, RunStatus::kHeld);
  EXPECT_EQ(count("SELECT count(*) FROM webhook_outbox"), 30);
}

TEST_F(WebhooksTest, DeliversEveryEventSignedInOrderInBatchesWithTheDocumentedShape) {
  ASSERT_TRUE(run().ok());
  mutate(json::array(
      {{{"op", "update"},
        {"group_id",
         json::parse(
             sim_->dataset().page({kHookSpace, kHookNumber}, "", "", 1, 1).items[0])["GroupId"]},
        {"set", {{"Subject", "Renamed"}}}}}));
  ASSERT_TRUE(run().ok());
  EXPECT_FALSE(dispatch().has_value()) << "nothing left waiting for a retry";
  const auto got = receiver_.received();
  ASSERT_EQ(got.size(), 4u) << "31 events in batches of 10";
  std::set<std::string> ids;
  for (const auto& r : got) {
    ids.insert(r.delivery_id);
    EXPECT_EQ(r.signature, webhookSignature(kHookSecret, r.timestamp, r.body));
    EXPECT_NEAR(std::stoll(r.timestamp), std::time(nullptr), 60);
    const json body = json::parse(r.body);
    EXPECT_EQ(body["delivery_id"], r.delivery_id);
    EXPECT_EQ(body["webhook"], "crm");
    std::string jsonb_text;  // the body is written out as PostgreSQL prints a jsonb
    appendJsonbText(body, jsonb_text);
    EXPECT_EQ(r.body, jsonb_text);
  }
  EXPECT_EQ(ids.size(), 4u);
  const auto change_ids = receivedChangeIds();
  EXPECT_EQ(change_ids.size(), 31u);
  EXPECT_TRUE(std::is_sorted(change_ids.begin(), change_ids.end()));
  const json last = json::parse(got.back().body)["events"].back();
  EXPECT_EQ(last["change_type"], "updated");
  EXPECT_EQ(last["account"], "acme");
  EXPECT_EQ(last["cust_space_id"], kHookSpace);
  EXPECT_EQ(last["business_number"], kHookNumber);
  EXPECT_EQ(last["changed_fields"]["Subject"]["new"], "Renamed");
  EXPECT_THAT(last["changed_at"].get<std::string>(),
              ::testing::MatchesRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z"));
  EXPECT_EQ(last["group"]["subject"], "Renamed");
  EXPECT_EQ(last["group"]["group_id"], last["group_id"]);
  EXPECT_EQ(count("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'"), 4);
}

// The wire format is a public interface: an event's members and its group's are exactly the
// README's, and a column a migration adds to the mirror does not reach receivers by itself.
TEST_F(WebhooksTest, TheWireFormatIsPinnedAndAColumnAddedToTheMirrorDoesNotReachIt) {
  schema_.query(
      "ALTER TABLE chat_groups ADD COLUMN internal_note text DEFAULT 'not for receivers'");
  ASSERT_TRUE(run().ok());
  const json event = json::parse(schema_.scalar<std::string>(
      "SELECT event::text FROM webhook_outbox ORDER BY change_id LIMIT 1"));
  const auto keys = [](const json& object) {
    std::set<std::string> out;
    for (const auto& [key, value] : object.items()) out.insert(key);
    return out;
  };
  EXPECT_EQ(keys(event), (std::set<std::string>{"event_id", "change_id", "change_type", "account",
                                                "cust_space_id", "business_number", "group_id",
                                                "changed_fields", "changed_at", "group"}));
  EXPECT_EQ(keys(event["group"]),
            (std::set<std::string>{"cust_space_id", "business_number", "group_id", "subject",
                                   "description", "invite_link", "group_status",
                                   "profile_picture_file", "raw", "account_name", "first_seen_at",
                                   "last_changed_at", "removed_at", "business_role", "gmt_modifier",
                                   "group_link", "group_type", "total_participant_count"}));
  EXPECT_THAT(event["group"]["first_seen_at"].get<std::string>(),
              ::testing::MatchesRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+\\+00:00"));
  EXPECT_TRUE(event["group"]["removed_at"].is_null());
}

TEST_F(WebhooksTest, TransientFailuresRetryTheSameDeliveryAndRetryAfterIsHonoured) {
  ASSERT_TRUE(run().ok());
  receiver_.respond([](const httplib::Request&, httplib::Response& res, int n) {
    if (n == 1) {
      res.status = 503;
    } else if (n == 2) {
      res.status = 429;
      res.set_header("Retry-After", "3");
    } else {
      res.status = 200;
    }
  });
  const auto first = dispatch();
  ASSERT_TRUE(first.has_value()) << "waits for a retry";
  EXPECT_EQ(receiver_.received().size(), 1u) << "later deliveries wait behind it";
  schema_.query("UPDATE webhook_deliveries SET next_attempt_at = now()");
  const auto second = dispatch();
  ASSERT_TRUE(second.has_value());
  EXPECT_GE(second->count(), 2500) << "Retry-After: 3";
  EXPECT_EQ(text("SELECT attempts || ' ' || last_http_status || ' ' || "
                 "(next_attempt_at > now() + interval '2 seconds') FROM webhook_deliveries"),
            "2 429 true");
  schema_.query("UPDATE webhook_deliveries SET next_attempt_at = now()");
  EXPECT_FALSE(dispatch().has_value());
  const auto got = receiver_.received();
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0].delivery_id, got[1].delivery_id);
  EXPECT_EQ(got[1].delivery_id, got[2].delivery_id);
  EXPECT_EQ(got[0].body, got[2].body) << "the same delivery, the same bytes";
  EXPECT_NE(got[2].delivery_id, got[3].delivery_id);
}

TEST_F(WebhooksTest, PermanentRefusalIsDeadAtOnceDoesNotBlockAndCanBeRedelivered) {
  ASSERT_TRUE(run().ok());
  receiver_.respond([](const httplib::Request&, httplib::Response& res, int n) {
    if (n == 1) {
      res.status = 400;
      res.set_content("unknown field " + std::string(5000, 'x'), "text/plain");
    } else {
      res.status = 202;
    }
  });
  EXPECT_FALSE(dispatch().has_value());
  EXPECT_EQ(receiver_.received().size(), 3u) << "the dead one, then the two others";
  EXPECT_THAT(text("SELECT last_http_status || ' ' || last_error FROM webhook_deliveries "
                   "WHERE status = 'dead'"),
              ::testing::StartsWith("400 HTTP 400: the receiver refused the delivery: unknown"));
  EXPECT_THAT(text("SELECT last_error FROM webhook_deliveries WHERE status = 'dead'"),
              HasSubstr("unknown field xxx"));
  EXPECT_LE(count("SELECT length(last_error) FROM webhook_deliveries WHERE status = 'dead'"), 1200)
      << "the first 1 KB of the response";

  Connection c = schema_.connect();
  OutboxStore store(c);
  EXPECT_EQ(store.redeliver("crm", std::nullopt), 1);
  EXPECT_FALSE(dispatch().has_value());
  EXPECT_EQ(count("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'"), 3);
  auto ids = receivedChangeIds();
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  EXPECT_EQ(ids.size(), 30u) << "every event delivered in the end";
}

// A batch's index scan starts after the last full batch; an event committed late with a lower
// change id (a run that took its ids earlier and committed after another) is still batched, as
// soon as the scan after the last batch comes up short.
TEST_F(WebhooksTest, AnEventCommittedLateWithALowerChangeIdIsStillBatched) {
  (void)schema_.query(
      "INSERT INTO webhook_outbox (webhook, change_id, account_name, event, created_at) "
      "SELECT 'crm', i, 'acme', jsonb_build_object('event_id', i), now() "
      "FROM generate_series(1, 25) i WHERE i <> 7");
  Connection c = schema_.connect();
  OutboxStore store(c);
  ASSERT_TRUE(store.claim("crm"));
  std::vector<std::int64_t> batched;
  const auto take = [&] {
    std::optional<Millis> next_due;
    const auto due = store.nextDue("crm", 10, next_due);
    if (!due) return false;
    const json body = json::parse(due->body);
    for (const auto& e : body["events"]) batched.push_back(e["event_id"]);
    store.markDelivered(due->delivery_id, 200);
    return true;
  };
  ASSERT_TRUE(take());  // 1..11 but 7
  (void)schema_.query(
      "INSERT INTO webhook_outbox (webhook, change_id, account_name, event, created_at) "
      "VALUES ('crm', 7, 'acme', '{\"event_id\": 7}', now())");
  while (take()) {
  }
  store.release("crm");
  std::sort(batched.begin(), batched.end());
  std::vector<std::int64_t> all(25);
  std::iota(all.begin(), all.end(), 1);
  EXPECT_EQ(batched, all) << "every event once, the late one included";
}

TEST_F(WebhooksTest, ADeliveryStillFailingAfterMaxAgeIsDead) {
  ASSERT_TRUE(run().ok());
  receiver_.respond([](const httplib::Request&, httplib::Response& res, int) { res.status = 500; });
  ASSERT_TRUE(dispatch().has_value());
  schema_.query(
      "UPDATE webhook_deliveries SET created_at = now() - interval '25 hours', "
      "next_attempt_at = now()");
  (void)dispatch();
  EXPECT_EQ(text("SELECT status || ' ' || attempts FROM webhook_deliveries ORDER BY "
                 "first_change_id LIMIT 1"),
            "dead 2");
  EXPECT_THAT(text("SELECT last_error FROM webhook_deliveries WHERE status = 'dead'"),
              HasSubstr("max_age"));
}

TEST_F(WebhooksTest, ASlowReceiverCostsOneTimeoutAndAHugeAnswerIsNotRead) {
  config_.webhooks[0].timeout = std::chrono::milliseconds(500);
  ASSERT_TRUE(run().ok());
  receiver_.respond([](const httplib::Request&, httplib::Response& res, int n) {
    if (n == 1) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
      res.status = 200;
    } else {
      res.status = 200;  // a 100 MB answer, produced as it is read
      res.set_content_provider(100u << 20, "text/plain",
                               [](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                 static const std::string chunk(64 * 1024, 'z');
                                 (void)offset;
                                 return sink.write(chunk.data(), std::min(length, chunk.size()));
                               });
    }
  });
  const auto t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(dispatch().has_value());
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(2500));
  EXPECT_EQ(text("SELECT coalesce(last_http_status::text, 'none') || ' ' || last_error FROM "
                 "webhook_deliveries"),
            "none no answer within 500ms");
  schema_.query("UPDATE webhook_deliveries SET next_attempt_at = now()");
  const auto t1 = std::chrono::steady_clock::now();
  EXPECT_FALSE(dispatch().has_value());
  EXPECT_LT(std::chrono::steady_clock::now() - t1, std::chrono::seconds(3));
  EXPECT_EQ(count("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'"), 3);
}

TEST_F(WebhooksTest, TwoDispatchersNeverSendAWebhooksDeliveriesAtOnce) {
  config_.webhooks[0].max_batch = 2;
  ASSERT_TRUE(run().ok());
  receiver_.respond([](const httplib::Request&, httplib::Response& res, int) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    res.status = 204;
  });
  WebhookDispatcher other(testDatabaseUrl(), schema_.name(), nullptr);
  apply();
  std::thread t([&] {
    for (int i = 0; i < 20; ++i) (void)other.dispatchDue(env_);
  });
  for (int i = 0; i < 20; ++i) (void)dispatcher_.dispatchDue(env_);
  t.join();
  EXPECT_EQ(receiver_.maxInFlight(), 1);
  const auto ids = receivedChangeIds();
  EXPECT_EQ(ids.size(), 30u) << "each delivery sent once";
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
}

TEST_F(WebhooksTest, SubscriptionsFilterEventsAndAccountsAndMemberEventsArrive) {
  config_.accounts[0].participants = true;
  config_.webhooks[0].events = {"removed", "participant_left"};
  WebhookConfig other = config_.webhooks[0];
  other.name = "elsewhere";
  other.accounts = {"someone-else"};
  config_.webhooks.push_back(other);
  ASSERT_TRUE(run().ok());
  EXPECT_EQ(count("SELECT count(*) FROM webhook_outbox"), 0) << "no subscribed event yet";
  const json snapshot = sim_->dataset().snapshot();
  const std::string g = snapshot["accounts"][0]["groups"][0]["GroupId"];
  const std::string gone = snapshot["accounts"][0]["groups"][1]["GroupId"];
  const std::string number = snapshot["accounts"][0]["participants"][g][0];
  mutate(json::array({{{"op", "leave"}, {"group_id", g}, {"numbers", {number}}},
                      {{"op", "delete"}, {"group_id", gone}}}));
  ASSERT_TRUE(run().ok());
  EXPECT_EQ(text("SELECT string_agg(webhook || ':' || (event->>'change_type'), ',' ORDER BY "
                 "change_id) FROM webhook_outbox"),
            "crm:removed,crm:participant_left");
  EXPECT_FALSE(dispatch().has_value());
  const json events = json::parse(receiver_.received().at(0).body)["events"];
  EXPECT_EQ(events[1]["changed_fields"]["ParticipantNumber"]["old"], number);
}

TEST_F(WebhooksTest, ConnectionRefusedIsRetriedAndDeliveredRowsArePrunedAfterRetention) {
  config_.webhooks[0].url = "http://127.0.0.1:9/hook";  // discard port: nothing listens
  ASSERT_TRUE(run().ok());
  ASSERT_TRUE(dispatch().has_value());
  EXPECT_EQ(text("SELECT status || ' ' || coalesce(last_http_status::text, 'none') FROM "
                 "webhook_deliveries"),
            "pending none");
  config_.webhooks[0].url = receiver_.url();
  schema_.query("UPDATE webhook_deliveries SET next_attempt_at = now()");
  EXPECT_FALSE(dispatch().has_value());
  EXPECT_EQ(count("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'"), 3);
  schema_.query("UPDATE webhook_deliveries SET delivered_at = now() - interval '8 days'");
  Connection c = schema_.connect();
  OutboxStore store(c);
  EXPECT_EQ(store.pruneFinished(std::chrono::hours(24 * 7), Millis{0}), 3);
  EXPECT_EQ(count("SELECT count(*) FROM webhook_outbox"), 0);
}

// Found by a review: a receiver's 500 body with CR and ESC reached the log (and the terminal)
// raw. It is stored as the receiver sent it (printouts escape it); every log line escapes it.
TEST_F(WebhooksTest, AReceiversHostileAnswerIsEscapedInTheLog) {
  ASSERT_TRUE(run().ok());
  receiver_.respond([](const httplib::Request&, httplib::Response& res, int) {
    res.status = 500;
    res.set_content("boom\r\n2026-12-05T08:00:00.000Z info forged line\x1b[2J", "text/plain");
  });
  std::ostringstream captured;
  env_.log =
      makeLogToSink("warn", "text", std::make_shared<spdlog::sinks::ostream_sink_mt>(captured),
                    std::make_shared<Redactor>());
  EXPECT_TRUE(dispatch().has_value());
  const std::string out = captured.str();
  ASSERT_THAT(out, HasSubstr("webhook delivery failed, retrying"));
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_THAT(line, Not(::testing::StartsWith("2026-12-05T08:00:00.000Z"))) << out;
    for (const char ch : line) EXPECT_FALSE(static_cast<unsigned char>(ch) < 0x20) << line;
  }
  EXPECT_THAT(out, HasSubstr("boom\\\\x0d"));
  EXPECT_THAT(out, HasSubstr("forged line\\\\x1b[2J"));
}

TEST_F(WebhooksTest, DeadDeliveriesArePrunedOnlyWithARetention) {
  ASSERT_TRUE(run().ok());
  receiver_.respond([](const httplib::Request&, httplib::Response& res, int) { res.status = 400; });
  EXPECT_FALSE(dispatch().has_value());
  ASSERT_EQ(count("SELECT count(*) FROM webhook_deliveries WHERE status = 'dead'"), 3);
  schema_.query("UPDATE webhook_deliveries SET last_attempt_at = now() - interval '31 days'");
  Connection c = schema_.connect();
  OutboxStore store(c);
  EXPECT_EQ(store.pruneFinished(std::chrono::hours(24 * 7), Millis{0}), 0) << "0 keeps them";
  EXPECT_EQ(store.pruneFinished(std::chrono::hours(24 * 7), std::chrono::hours(24 * 30)), 3);
  EXPECT_EQ(count("SELECT count(*) FROM webhook_deliveries"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM webhook_outbox"), 0);
}

}  // namespace
}  // namespace cgs::testing
