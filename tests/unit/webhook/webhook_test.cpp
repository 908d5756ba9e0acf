#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "webhook/delivery_policy.h"
#include "webhook/webhook_signature.h"

namespace cgs {
namespace {

using namespace std::chrono_literals;

TEST(WebhookSignature, IsHmacSha256OfTimestampDotBody) {
  // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac s3cret
  EXPECT_EQ(webhookSignature("s3cret", "1700000000", R"({"a":1})"),
            "v1=1698a50bc74d1ff1db85c4e0a5297c2ad9fdba245d5737cdb789e4cc6e098940");
}

TEST(DeliveryPolicy, AnyTwoHundredIsDelivered) {
  for (int s : {200, 201, 202, 204, 299}) {
    EXPECT_EQ(decideDelivery({s, "", {}}, 1, 0ms, 24h, 0.5).outcome, DeliveryOutcome::kDelivered);
  }
}

TEST(DeliveryPolicy, TransientFailuresRetryWithFullJitterExponentialBackoff) {
  for (int s : {0, 408, 429, 500, 502, 503, 504}) {
    EXPECT_EQ(decideDelivery({s, "x", {}}, 1, 0ms, 24h, 0.5).outcome, DeliveryOutcome::kRetry) << s;
  }
  EXPECT_EQ(decideDelivery({503, "", {}}, 1, 0ms, 24h, 0.5).wait, 500ms);
  EXPECT_EQ(decideDelivery({503, "", {}}, 3, 0ms, 24h, 0.5).wait, 2000ms);
  EXPECT_EQ(decideDelivery({503, "", {}}, 3, 0ms, 24h, 0.0).wait, 0ms);
  EXPECT_EQ(decideDelivery({503, "", {}}, 30, 0ms, 24h, 0.999).wait.count(), 599'400)
      << "capped at 10 minutes";
}

TEST(DeliveryPolicy, RetryAfterIsHonouredAndAtLeastASecond) {
  EXPECT_EQ(decideDelivery({429, "", 30s}, 1, 0ms, 24h, 0.1).wait, 30s);
  EXPECT_EQ(decideDelivery({503, "", 0s}, 1, 0ms, 24h, 0.1).wait, 1s);
}

TEST(DeliveryPolicy, OtherStatusesAreDeadAtOnce) {
  for (int s : {301, 400, 401, 403, 404, 410, 413, 422}) {
    const auto d = decideDelivery({s, "no", {}}, 1, 0ms, 24h, 0.5);
    EXPECT_EQ(d.outcome, DeliveryOutcome::kDead) << s;
    EXPECT_THAT(d.reason, ::testing::HasSubstr(std::to_string(s)));
  }
}

TEST(DeliveryPolicy, ARetryThatWouldStartAfterMaxAgeIsDead) {
  EXPECT_EQ(decideDelivery({503, "", {}}, 1, 23h + 59min, 24h, 0.5).outcome,
            DeliveryOutcome::kRetry);
  const auto d = decideDelivery({503, "", 2h}, 1, 23h, 24h, 0.5);
  EXPECT_EQ(d.outcome, DeliveryOutcome::kDead);
  EXPECT_THAT(d.reason, ::testing::HasSubstr("max_age"));
}

TEST(DeliveryPolicy, RetryAfterTakesSecondsOrAnHttpDate) {
  const auto now = std::chrono::system_clock::from_time_t(1445412480);  // 2015-10-21 07:28:00 UTC
  EXPECT_EQ(parseRetryAfter(" 120\r\n", now), Millis{120'000});
  EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:30:00 GMT", now), Millis{120'000});
  EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), Millis{0});
  EXPECT_EQ(parseRetryAfter("soon", now), std::nullopt);
  EXPECT_EQ(parseRetryAfter("", now), std::nullopt);
  EXPECT_EQ(parseRetryAfter("99999999999999", now), std::nullopt);
}

}  // namespace
}  // namespace cgs
