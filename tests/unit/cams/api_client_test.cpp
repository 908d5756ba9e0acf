#include "cams/api_client.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include <spdlog/sinks/ostream_sink.h>

#include "cams/percent_encoding.h"
#include "fakes/fake_clock.h"
#include "fakes/fake_transport.h"
#include "fakes/fixed_random.h"
#include "logging/logging_setup.h"

namespace cgs {
namespace {

using testing::FakeClock;
using testing::FakeTransport;
using testing::FixedRandom;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kPage =
    R"({"RequestId":"RID-OK","Code":"OK","Success":true,"Data":{"Total":1,"List":[{"GroupId":"g1"}]}})";

// The shared quota's ledger, down for its first `failures` reservations.
class FlakyLedger final : public QuotaLedger {
 public:
  int failures = 0;
  SteadyTime reserve(SteadyTime not_before, std::chrono::nanoseconds length) override {
    if (failures > 0) {
      --failures;
      throw QuotaUnavailable("connection refused",
                             std::make_exception_ptr(std::runtime_error("the database's failure")));
    }
    return local_.reserve(not_before, length);
  }
  void holdUntil(SteadyTime until) override { local_.holdUntil(until); }

 private:
  LocalQuotaLedger local_;
};

struct Fixture {
  FakeClock clock;
  FixedRandom random{{0.5}};
  StopSignal stop;
  std::shared_ptr<FlakyLedger> ledger = std::make_shared<FlakyLedger>();
  RateLimiter limiter{100, ledger};
  FakeTransport transport;
  std::ostringstream log_text;
  std::shared_ptr<Redactor> redactor = std::make_shared<Redactor>();
  std::vector<AttemptRecord> attempts;

  ApiClient client(int max_attempts = 5) {
    ResolvedCredentials c{"AKID", Secret("the-secret-value"), Secret("the-sts-token")};
    ApiClientOptions o;
    o.host = "cams.example";
    o.max_attempts = max_attempts;
    return ApiClient(
        transport, limiter, c, clock, random, stop, o,
        makeLogToSink("trace", "text", std::make_shared<spdlog::sinks::ostream_sink_mt>(log_text),
                      redactor)
            .with("account", "acme"));
  }
  std::variant<ListChatGroupPage, ApiError> call(ApiClient& c) {
    ListChatGroupParams p{"cams-a", "86", "", "", "", 2, 100};
    return c.listChatGroupPage(p, [&](const AttemptRecord& r) { attempts.push_back(r); });
  }
};

TEST(ApiClient, SignedRequestOnTheWire) {
  Fixture f;
  f.transport.enqueue(200, kPage);
  auto c = f.client();
  ASSERT_TRUE(std::holds_alternative<ListChatGroupPage>(f.call(c)));
  const auto reqs = f.transport.requests();
  ASSERT_EQ(reqs.size(), 1u);
  std::map<std::string, std::string> h(reqs[0].headers.begin(), reqs[0].headers.end());
  EXPECT_EQ(h["host"], "cams.example");
  EXPECT_EQ(h["x-acs-action"], "ListChatGroup");
  EXPECT_EQ(h["x-acs-version"], "2020-06-06");
  EXPECT_EQ(h["x-acs-security-token"], "the-sts-token");
  EXPECT_EQ(h["x-acs-signature-nonce"].size(), 32u);
  EXPECT_THAT(h["Authorization"], HasSubstr("Credential=AKID,"));
  EXPECT_EQ(reqs[0].query.back().second, R"({"Index":2,"Size":100})");
}

TEST(ApiClient, RetriesTransientErrorsWithFreshNonces) {
  Fixture f;
  f.transport.enqueue(503, R"({"RequestId":"R1","Code":"ServiceUnavailable","Message":"busy"})");
  f.transport.enqueue(400, R"({"RequestId":"R2","Code":"Throttling.User","Message":"slow down"})");
  ApiError reset;
  reset.kind = ApiErrorKind::kTransport;
  reset.code = "Transport.Reset";
  f.transport.enqueueError(reset);
  f.transport.enqueue(200, kPage);
  auto c = f.client();
  auto r = f.call(c);
  ASSERT_TRUE(std::holds_alternative<ListChatGroupPage>(r));
  ASSERT_EQ(f.attempts.size(), 4u);
  EXPECT_EQ(f.attempts[0].code, "ServiceUnavailable");
  EXPECT_EQ(f.attempts[0].request_id, "R1");
  EXPECT_TRUE(f.attempts[0].will_retry);
  EXPECT_EQ(f.attempts[3].code, "OK");
  EXPECT_EQ(f.attempts[3].attempt, 4);
  std::set<std::string> nonces;
  for (const auto& req : f.transport.requests()) {
    for (const auto& [n, v] : req.headers) {
      if (n == "x-acs-signature-nonce") nonces.insert(v);
    }
  }
  EXPECT_EQ(nonces.size(), 4u);
  EXPECT_LT(f.limiter.currentRate(), 100) << "throttling slowed the limiter";
  EXPECT_GT(f.clock.slept(), std::chrono::milliseconds(1000)) << "backed off (on the fake clock)";
  EXPECT_THAT(f.log_text.str(), HasSubstr("code=ServiceUnavailable request_id=R1"));
  EXPECT_THAT(f.log_text.str(), HasSubstr("account=acme"));
}

TEST(ApiClient, NoSlotOfTheSharedQuotaSendsNothingAndIsRetried) {
  Fixture f;
  f.ledger->failures = 2;
  f.transport.enqueue(200, kPage);
  auto c = f.client();
  ASSERT_TRUE(std::holds_alternative<ListChatGroupPage>(f.call(c)));
  EXPECT_EQ(f.transport.requests().size(), 1u) << "nothing was sent without a slot";
  ASSERT_EQ(f.attempts.size(), 3u);
  EXPECT_EQ(f.attempts[0].code, "Quota.Unavailable");
  EXPECT_TRUE(f.attempts[0].will_retry);
  EXPECT_THAT(f.log_text.str(), HasSubstr("no send slot of the shared API quota"));

  Fixture down;
  down.ledger->failures = 100;
  auto d = down.client(3);
  const auto r = down.call(d);
  ASSERT_TRUE(std::holds_alternative<ApiError>(r));
  EXPECT_EQ(std::get<ApiError>(r).code, "Quota.Unavailable");
  EXPECT_TRUE(down.transport.requests().empty());
  // What kept the ledger out of reach goes with the error, for the run to fail as that failure.
  ASSERT_TRUE(std::get<ApiError>(r).cause);
  try {
    rethrowCause(std::get<ApiError>(r));
    ADD_FAILURE() << "the cause was not rethrown";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "the database's failure");
  }
  // An error the API gave has no cause: nothing to rethrow.
  f.transport.enqueue(400, R"({"RequestId":"R","Code":"InvalidParameter","Message":"no"})");
  const auto refused = f.call(c);
  ASSERT_TRUE(std::holds_alternative<ApiError>(refused));
  EXPECT_FALSE(std::get<ApiError>(refused).cause);
  EXPECT_NO_THROW(rethrowCause(std::get<ApiError>(refused)));
}

// How many slots one page's request gave up when its sender's next `times` sleeps each woke
// `late` after their deadline; the request is sent once all the same.
std::size_t slotsMissed(std::chrono::nanoseconds late, int times) {
  Fixture f;
  f.transport.enqueue(200, kPage);
  auto c = f.client();
  f.clock.oversleep(late, times);
  EXPECT_TRUE(std::holds_alternative<ListChatGroupPage>(f.call(c)));
  EXPECT_EQ(f.transport.requests().size(), 1u);
  const std::string log = f.log_text.str();
  std::size_t misses = 0;
  for (std::size_t at = 0; (at = log.find("send slot missed", at)) != std::string::npos; ++at) {
    EXPECT_NE(log.find("late_ms=", at), std::string::npos);
    ++misses;
  }
  return misses;
}

// A sender that wakes 30 ms after its slot gives the slot up and takes the next one (the margin
// in each slot is for the network, not for a descheduled process); one that is always late still
// sends after kMaxMissedSlots slots; half the margin late is still on time.
TEST(ApiClient, ASlotWokenForTooLateIsGivenUpForTheNext) {
  EXPECT_EQ(slotsMissed(std::chrono::milliseconds(30), 1), 1u);
  EXPECT_EQ(slotsMissed(std::chrono::milliseconds(30), 100),
            static_cast<std::size_t>(RateLimiter::kMaxMissedSlots));
  EXPECT_EQ(slotsMissed(RateLimiter::kWindowMargin / 2, 1), 0u);
}

TEST(ApiClient, PermanentErrorFailsFastWithRequestId) {
  Fixture f;
  f.transport.enqueue(400,
                      R"({"RequestId":"R-SIG","Code":"SignatureDoesNotMatch","Message":"bad"})");
  auto c = f.client();
  auto r = f.call(c);
  ASSERT_TRUE(std::holds_alternative<ApiError>(r));
  EXPECT_EQ(std::get<ApiError>(r).request_id, "R-SIG");
  EXPECT_EQ(f.transport.requests().size(), 1u);
  EXPECT_FALSE(f.attempts.at(0).will_retry);
}

TEST(ApiClient, ClockSkewErrorNamesTheLocalTime) {
  Fixture f;
  f.transport.enqueue(
      400, R"({"RequestId":"R-T","Code":"InvalidTimeStamp.Expired","Message":"expired"})");
  auto c = f.client();
  auto r = f.call(c);
  ASSERT_TRUE(std::holds_alternative<ApiError>(r));
  EXPECT_THAT(std::get<ApiError>(r).message,
              HasSubstr("signed with x-acs-date 2023-12-26T14:13:20Z; check its clock"));
  EXPECT_EQ(f.transport.requests().size(), 1u) << "not retried";
}

TEST(ApiClient, GivesUpAfterMaxAttempts) {
  Fixture f;
  for (int i = 0; i < 10; ++i)
    f.transport.enqueue(500, R"({"RequestId":"R","Code":"InternalError"})");
  auto c = f.client(3);
  auto r = f.call(c);
  ASSERT_TRUE(std::holds_alternative<ApiError>(r));
  EXPECT_EQ(std::get<ApiError>(r).code, "InternalError");
  EXPECT_EQ(f.transport.requests().size(), 3u);
}

TEST(ApiClient, StopCancelsBetweenAttempts) {
  Fixture f;
  f.transport.enqueue(503, R"({"RequestId":"R","Code":"ServiceUnavailable"})");
  f.stop.requestStop();
  auto c = f.client();
  auto r = f.call(c);
  ASSERT_TRUE(std::holds_alternative<ApiError>(r));
  EXPECT_EQ(std::get<ApiError>(r).kind, ApiErrorKind::kCancelled);
}

TEST(ApiClient, SecretsNeverLoggedEvenAtTrace) {
  Fixture f;
  f.transport.enqueue(400, R"({"RequestId":"R","Code":"SignatureDoesNotMatch","Message":"x"})");
  auto c = f.client();
  (void)f.call(c);
  EXPECT_THAT(f.log_text.str(), Not(HasSubstr("the-secret-value")));
  EXPECT_THAT(f.log_text.str(), Not(HasSubstr("the-sts-token")));
}

}  // namespace
}  // namespace cgs
