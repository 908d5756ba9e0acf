#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cams/list_chat_group_participants.h"
#include "cams/retry_policy.h"

namespace cgs {
namespace {

using ::testing::HasSubstr;

std::variant<ParticipantsPage, ApiError> parse(int status, const std::string& body) {
  return parseListParticipantsResponse(status, body);
}

ApiError failure(int status, const std::string& body) {
  auto r = parse(status, body);
  EXPECT_TRUE(std::holds_alternative<ApiError>(r)) << body;
  return std::holds_alternative<ApiError>(r) ? std::get<ApiError>(r) : ApiError{};
}

TEST(ListParticipantsParser, DocumentedSuccess) {
  auto r = parse(200, R"({"RequestId":"R-1","Code":"OK","Success":true,"Message":"None",
    "AccessDeniedDetail":"None","Data":{"Total":3,"List":[{"ParticipantNumber":"8613800000001"},
    {"ParticipantNumber":"8613800000002","Role":"ADMIN"},{"ParticipantNumber":"8613800000003"}]}})");
  ASSERT_TRUE(std::holds_alternative<ParticipantsPage>(r));
  const auto& p = std::get<ParticipantsPage>(r);
  EXPECT_EQ(p.request_id, "R-1");
  EXPECT_EQ(p.total, 3);
  EXPECT_EQ(p.numbers,
            (std::vector<std::string>{"8613800000001", "8613800000002", "8613800000003"}));
}

TEST(ListParticipantsParser, EmptyGroup) {
  auto r = parse(200, R"({"RequestId":"R-2","Code":"OK","Success":true,"Data":{"Total":0}})");
  ASSERT_TRUE(std::holds_alternative<ParticipantsPage>(r));
  EXPECT_TRUE(std::get<ParticipantsPage>(r).numbers.empty());
}

TEST(ListParticipantsParser, BadItemsAreMalformedWithTheRequestIdAndNeverEchoANumber) {
  const auto e = failure(200, R"({"RequestId":"R-3","Code":"OK","Success":true,
    "Data":{"Total":2,"List":[{"ParticipantNumber":"8613800000001"},{"ParticipantNumber":8613}]}})");
  EXPECT_EQ(e.code, "Response.Malformed");
  EXPECT_EQ(e.request_id, "R-3");
  EXPECT_EQ(e.message, "Data.List[1]: ParticipantNumber: expected a string, got an integer");
  EXPECT_EQ(failure(200, R"({"RequestId":"R","Data":{"Total":1,"List":[{}]}})").message,
            "Data.List[0]: ParticipantNumber is missing or empty");
  EXPECT_EQ(failure(200, R"({"RequestId":"R","Data":{"Total":1,"List":["8613"]}})").message,
            "Data.List[0]: expected an object, got a string");
  const std::string huge(100, '8');
  EXPECT_THAT(failure(200, R"({"RequestId":"R","Data":{"Total":1,"List":[{"ParticipantNumber":")" +
                               huge + R"("}]}})")
                  .message,
              HasSubstr("is 100 bytes long"));
}

TEST(ListParticipantsParser, RefusalsAreTheApisErrors) {
  const auto denied = failure(403, R"({"RequestId":"R-4","HostId":"cams","Code":"Forbidden.RAM",
    "Message":"User not authorized","AccessDeniedDetail":{"AuthAction":"cams:ListChatGroupParticipants"}})");
  EXPECT_EQ(denied.code, "Forbidden.RAM");
  EXPECT_EQ(denied.request_id, "R-4");
  EXPECT_TRUE(isAccessDenied(denied));
  const auto unknown = failure(200, R"({"RequestId":"R-5","Code":"ChatGroup.NotExist",
    "Message":"The chat group does not exist.","Success":false})");
  EXPECT_EQ(unknown.kind, ApiErrorKind::kBusiness);
  EXPECT_FALSE(isAccessDenied(unknown));
  EXPECT_FALSE(isRetryable(unknown));
}

TEST(ListParticipantsParser, QueryCarriesTheGroupAndThePage) {
  ListParticipantsParams p;
  p.cust_space_id = "cams-a";
  p.business_number = "8613800000001";
  p.group_id = "G1";
  p.page_index = 2;
  p.page_size = 50;
  EXPECT_EQ(listParticipantsQuery(p), (QueryParams{{"BusinessNumber", "8613800000001"},
                                                   {"CustSpaceId", "cams-a"},
                                                   {"GroupId", "G1"},
                                                   {"Page", R"({"Index":2,"Size":50})"}}));
}

}  // namespace
}  // namespace cgs
