#include "cams/retry_policy.h"

#include <gtest/gtest.h>

namespace cgs {
namespace {

ApiError gateway(const std::string& code, int status) {
  ApiError e;
  e.kind = ApiErrorKind::kGateway;
  e.code = code;
  e.http_status = status;
  return e;
}

TEST(RetryPolicy, RetriesTransientCodes) {
  for (const auto& [code, status] :
       std::vector<std::pair<std::string, int>>{{"Throttling.User", 400},
                                                {"Throttling", 400},
                                                {"ServiceUnavailable", 503},
                                                {"InternalError", 500},
                                                {"SignatureNonceUsed", 400},
                                                {"CHAT.APIError", 500},
                                                {"ERR-COMMON-001", 500},
                                                {"HTTP.502", 502}}) {
    EXPECT_TRUE(isRetryable(gateway(code, status))) << code;
  }
  ApiError sys = gateway("999999", 200);
  sys.kind = ApiErrorKind::kBusiness;
  EXPECT_TRUE(isRetryable(sys));
}

TEST(RetryPolicy, NeverRetriesPermanentCodes) {
  for (const auto& [code, status] :
       std::vector<std::pair<std::string, int>>{{"SignatureDoesNotMatch", 400},
                                                {"InvalidAccessKeyId.NotFound", 404},
                                                {"InvalidAccessKeyId.Inactive", 400},
                                                {"Forbidden.RAM", 403},
                                                {"Forbidden", 403},
                                                {"InvalidTimeStamp.Expired", 400},
                                                {"MissingParameter", 400},
                                                {"InvalidParameter.PageInvalid", 400},
                                                {"InvalidParameter", 400},
                                                {"InvalidParameter.ChannelTypeNotSupport", 200},
                                                {"Authentication.NoAuth", 200},
                                                {"Authentication.NoAuth", 500},
                                                {"SomethingElse", 400}}) {
    EXPECT_FALSE(isRetryable(gateway(code, status))) << code << " " << status;
  }
}

TEST(RetryPolicy, TransportAndMalformed) {
  ApiError t;
  t.kind = ApiErrorKind::kTransport;
  for (const char* code :
       {"Transport.Timeout", "Transport.Reset", "Transport.Connect", "Transport.Dns"}) {
    t.code = code;
    EXPECT_TRUE(isRetryable(t)) << code;
  }
  t.code = "Transport.Tls";
  EXPECT_FALSE(isRetryable(t)) << "a certificate problem does not fix itself";
  ApiError m;
  m.kind = ApiErrorKind::kMalformed;
  m.code = "Response.NotJson";
  EXPECT_TRUE(isRetryable(m));
  m.code = "Response.Malformed";
  EXPECT_FALSE(isRetryable(m));
  ApiError c;
  c.kind = ApiErrorKind::kCancelled;
  EXPECT_FALSE(isRetryable(c));
}

TEST(RetryPolicy, FullJitterBounds) {
  const BackoffPolicy p{Millis{200}, Millis{1000}, Millis{10'000}};
  const ApiError e = gateway("ServiceUnavailable", 503);
  EXPECT_EQ(backoffDelay(1, e, 0.0, p), Millis{0});
  EXPECT_EQ(backoffDelay(1, e, 0.5, p), Millis{100});
  EXPECT_EQ(backoffDelay(3, e, 0.5, p), Millis{400});      // ceiling 800
  EXPECT_EQ(backoffDelay(30, e, 0.999, p), Millis{9990});  // capped at 10 s
  EXPECT_LE(backoffDelay(1000, e, 1.0, p), Millis{10'000});
  EXPECT_EQ(backoffDelay(1, gateway("Throttling.User", 400), 0.5, p), Millis{500})
      << "throttling backs off from a larger base";
}

TEST(CodeFamily, ExactCodesBeforeThePrefixesTheyShare) {
  EXPECT_EQ(codeFamily("InvalidParameter.PageInvalid"), CodeFamily::kPageInvalid);
  EXPECT_EQ(codeFamily("InvalidParameter.PageInvalidX"), CodeFamily::kInvalidParameter);
  EXPECT_EQ(codeFamily("InvalidParameter"), CodeFamily::kInvalidParameter);
  EXPECT_EQ(codeFamily("Transport.Tls"), CodeFamily::kTransportTls);
  EXPECT_EQ(codeFamily("Transport.TooLarge"), CodeFamily::kTransportTooLarge);
  EXPECT_EQ(codeFamily("Transport.Timeout"), CodeFamily::kTransport);
  EXPECT_EQ(codeFamily("Response.NotJson"), CodeFamily::kNotJson);
  EXPECT_EQ(codeFamily("Response.Malformed"), CodeFamily::kMalformed);
  EXPECT_EQ(codeFamily("999999"), CodeFamily::kSystemBusy);
  EXPECT_EQ(codeFamily("9999990"), CodeFamily::kOther);
  EXPECT_EQ(codeFamily("Throttling.User"), CodeFamily::kThrottling);
  EXPECT_EQ(codeFamily("InvalidTimeStamp.Expired"), CodeFamily::kInvalidTimeStamp);
  EXPECT_EQ(codeFamily("Made.Up"), CodeFamily::kOther);
  EXPECT_EQ(codeFamily(""), CodeFamily::kOther);
}

}  // namespace
}  // namespace cgs
