#include "sync/participant_policy.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace cgs {
namespace {

using ::testing::HasSubstr;

ApiError error(ApiErrorKind kind, const std::string& code, int status) {
  ApiError e;
  e.kind = kind;
  e.code = code;
  e.http_status = status;
  return e;
}

TEST(ParticipantPolicy, DenialsStopAndBackOff) {
  EXPECT_EQ(classifyParticipantFailure(error(ApiErrorKind::kGateway, "Forbidden.RAM", 403)),
            ParticipantFailure::kDenied);
  EXPECT_EQ(
      classifyParticipantFailure(error(ApiErrorKind::kBusiness, "Authentication.NoAuth", 200)),
      ParticipantFailure::kDenied);
}

TEST(ParticipantPolicy, TroubleWithTheApiStopsTheRefreshForThisRun) {
  for (const auto& e : {error(ApiErrorKind::kGateway, "Throttling.User", 400),
                        error(ApiErrorKind::kGateway, "ServiceUnavailable", 503),
                        error(ApiErrorKind::kBusiness, "999999", 200),
                        error(ApiErrorKind::kTransport, "Transport.Timeout", 0),
                        error(ApiErrorKind::kCancelled, "Cancelled", 0),
                        error(ApiErrorKind::kGateway, "SignatureDoesNotMatch", 400)}) {
    EXPECT_EQ(classifyParticipantFailure(e), ParticipantFailure::kStop) << e.code;
  }
}

TEST(ParticipantPolicy, AnUnusableAnswerForOneGroupSkipsThatGroup) {
  EXPECT_EQ(classifyParticipantFailure(error(ApiErrorKind::kBusiness, "ChatGroup.NotExist", 200)),
            ParticipantFailure::kSkipGroup);
  EXPECT_EQ(classifyParticipantFailure(error(ApiErrorKind::kMalformed, "Response.Malformed", 200)),
            ParticipantFailure::kSkipGroup);
}

TEST(ParticipantPolicy, BackoffDoublesFromTenMinutesAndStopsAtRefresh) {
  const Millis day = std::chrono::hours(24);
  EXPECT_EQ(participantBackoff(1, day), std::chrono::minutes(10));
  EXPECT_EQ(participantBackoff(2, day), std::chrono::minutes(20));
  EXPECT_EQ(participantBackoff(4, day), std::chrono::minutes(80));
  EXPECT_EQ(participantBackoff(9, day), day);
  EXPECT_EQ(participantBackoff(500, day), day);
  EXPECT_EQ(participantBackoff(1, std::chrono::minutes(5)), std::chrono::minutes(5));
}

ParticipantsPage page(std::int64_t total, std::vector<std::string> numbers) {
  return ParticipantsPage{"req", total, std::move(numbers)};
}

TEST(ParticipantPolicy, CompleteListingsPassAndInconsistentOnesNameTheProblemWithoutNumbers) {
  auto ok = completeMemberList({page(3, {"1", "2"}), page(3, {"3"})});
  ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(ok));
  EXPECT_EQ(std::get<std::vector<std::string>>(ok), (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_TRUE(std::holds_alternative<std::vector<std::string>>(completeMemberList({page(0, {})})));

  const auto why = [](const std::vector<ParticipantsPage>& pages) {
    auto r = completeMemberList(pages);
    return std::holds_alternative<std::string>(r) ? std::get<std::string>(r) : "complete";
  };
  EXPECT_THAT(why({page(3, {"861", "862"}), page(4, {"863"})}),
              HasSubstr("Total changed between pages: 3 on page 1, 4 on page 2"));
  EXPECT_EQ(why({page(2, {"8612345", "8612345"})}), "a ParticipantNumber is listed twice (page 1)");
  EXPECT_THAT(why({page(3, {"861", "862"}), page(3, {})}),
              HasSubstr("the pages list 2 numbers but Data.Total is 3"));
  EXPECT_THAT(why({page(1, {"861", "862"})}), HasSubstr("list 2 numbers but Data.Total is 1"));
}

TEST(ParticipantPolicy, MemberPages) {
  EXPECT_EQ(memberPages(0, 100), 1);
  EXPECT_EQ(memberPages(100, 100), 1);
  EXPECT_EQ(memberPages(101, 100), 2);
  EXPECT_EQ(memberPages(25, 10), 3);
}

TEST(ParticipantPolicy, PseudonymsAreStableKeyedHmacsAndNumbersStayAsGivenWithoutAKey) {
  const std::optional<Secret> key = Secret("0123456789abcdef0123");
  const std::string a = storedNumber(key, "8613800000001");
  EXPECT_THAT(a, ::testing::MatchesRegex("hmac-sha256:[0-9a-f]{64}"));
  EXPECT_EQ(storedNumber(key, "8613800000001"), a);
  EXPECT_NE(storedNumber(key, "8613800000002"), a);
  EXPECT_NE(storedNumber(Secret("another-key-0123456789"), "8613800000001"), a);
  EXPECT_EQ(storedNumber(std::nullopt, "8613800000001"), "8613800000001");
  // RFC 4231 test case 2 through the same function: HMAC-SHA256("Jefe", "what do ya want ...").
  EXPECT_EQ(storedNumber(Secret("Jefe"), "what do ya want for nothing?"),
            "hmac-sha256:5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

}  // namespace
}  // namespace cgs
