// ListInstance and QueryChatappPhoneNumbers responses, read as strictly as ListChatGroup's: the
// shapes of ../shared/cams-api.md ("Discovery"), refusals, and what a response we cannot trust is.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cams/list_instance.h"
#include "cams/query_phone_numbers.h"

namespace cgs {
namespace {

using nlohmann::json;

const char* kInstances = R"({"RequestId":"R-1","Code":"OK","Message":"ok","Success":true,
  "AccessDeniedDetail":"None","TotalCount":15,
  "Data":[{"InstanceId":"29339","InstanceName":"viber_ins","CustSpaceId":"dad-gf","ChannelType":"VIBER",
    "State":"published","SubmitTime":"2023-12-12 00:00:00","CountryId":"1"},
   {"InstanceId":"29340","CustSpaceId":"cs-2"}]})";

TEST(ListInstanceParser, ReadsTheTopLevelDataArrayAndTotalCount) {
  const auto r = parseListInstanceResponse(200, kInstances);
  ASSERT_TRUE(std::holds_alternative<InstancePage>(r)) << std::get<ApiError>(r).describe();
  const auto& page = std::get<InstancePage>(r);
  EXPECT_EQ(page.request_id, "R-1");
  EXPECT_EQ(page.total, 15);
  ASSERT_EQ(page.instances.size(), 2u);
  EXPECT_EQ(page.instances[0].instance_id, "29339");
  EXPECT_EQ(page.instances[0].cust_space_id, "dad-gf");
  EXPECT_EQ(page.instances[0].channel_type, "VIBER");
  EXPECT_EQ(page.instances[0].state, "published");
  EXPECT_EQ(json::parse(page.instances[0].raw)["CountryId"], "1") << "every field stays in raw";
  EXPECT_EQ(page.instances[1].instance_name, std::nullopt);
}

TEST(ListInstanceParser, RefusesWhatCannotBeTrusted) {
  const auto malformed = [](const std::string& body) {
    const auto r = parseListInstanceResponse(200, body);
    if (!std::holds_alternative<ApiError>(r)) return std::string("parsed");
    return std::get<ApiError>(r).message;
  };
  EXPECT_EQ(malformed(R"({"RequestId":"R","Data":[]})"), "TotalCount is missing");
  EXPECT_EQ(malformed(R"({"RequestId":"R","TotalCount":2})"),
            "Data is missing but TotalCount is 2");
  EXPECT_EQ(malformed(R"({"RequestId":"R","TotalCount":1,"Data":[{"CustSpaceId":"c"}]})"),
            "Data[0]: InstanceId is missing or empty");
  EXPECT_EQ(
      malformed(R"({"RequestId":"R","TotalCount":1,"Data":[{"InstanceId":"i","CustSpaceId":""}]})"),
      "Data[0]: CustSpaceId is missing or empty");
  EXPECT_EQ(
      malformed(
          R"({"RequestId":"R","TotalCount":1,"Data":[{"InstanceId":"i","CustSpaceId":"c","State":7}]})"),
      "Data[0] (InstanceId i): State: expected a string, got an integer");
  EXPECT_EQ(malformed(R"({"RequestId":"R","TotalCount":0})"), "parsed") << "none, and no Data";
  const auto too_many =
      parseListInstanceResponse(200, R"({"RequestId":"R","TotalCount":3,"Data":[{},{},{}]})", 2);
  ASSERT_TRUE(std::holds_alternative<ApiError>(too_many));
  EXPECT_NE(std::get<ApiError>(too_many).message.find("Data has more than 2 items"),
            std::string::npos);
}

TEST(ListInstanceParser, ARefusalIsTheApisError) {
  const auto r = parseListInstanceResponse(
      403, R"({"RequestId":"R-9","Code":"Forbidden.RAM","Message":"User not authorized"})");
  ASSERT_TRUE(std::holds_alternative<ApiError>(r));
  EXPECT_EQ(std::get<ApiError>(r).code, "Forbidden.RAM");
  EXPECT_EQ(std::get<ApiError>(r).request_id, "R-9");
}

TEST(ListInstanceParser, SendsPlainPageParameters) {
  EXPECT_EQ(listInstanceQuery({"whatsapp", 3, 50}),
            (QueryParams{{"ChannelType", "whatsapp"}, {"PageIndex", "3"}, {"PageSize", "50"}}));
  EXPECT_EQ(listInstanceQuery({"", 1, 10}), (QueryParams{{"PageIndex", "1"}, {"PageSize", "10"}}));
}

const char* kNumbers = R"({"RequestId":"R-2","Code":"OK","Message":"SUCCESS","Success":true,
  "AccessDeniedDetail":"None","Data":"placeholder",
  "PhoneNumbers":[{"PhoneNumber":"8613800001","Status":"CONNECTED","QualityRating":"GREEN",
    "MessagingLimitTier":"TIER_10K","VerifiedName":"Alibaba","IsOfficial":"N",
    "CallingConfigure":{"MaxTalkTime":1000,"Calling":{"Status":"ENABLED"}}},
   {"PhoneNumber":"8613800002","Status":"PENDING"}]})";

TEST(QueryPhoneNumbersParser, ReadsEveryNumberOfTheSpace) {
  const auto r = parseQueryPhoneNumbersResponse(200, kNumbers);
  ASSERT_TRUE(std::holds_alternative<PhoneNumbersPage>(r)) << std::get<ApiError>(r).describe();
  const auto& page = std::get<PhoneNumbersPage>(r);
  EXPECT_EQ(page.request_id, "R-2");
  EXPECT_EQ(page.total, 2);
  ASSERT_EQ(page.numbers.size(), 2u);
  EXPECT_EQ(page.numbers[0].phone_number, "8613800001");
  EXPECT_EQ(page.numbers[0].status, "CONNECTED");
  EXPECT_EQ(page.numbers[0].quality_rating, "GREEN");
  EXPECT_EQ(page.numbers[0].messaging_limit_tier, "TIER_10K");
  EXPECT_EQ(page.numbers[0].verified_name, "Alibaba");
  EXPECT_EQ(json::parse(page.numbers[0].raw)["CallingConfigure"]["MaxTalkTime"], 1000);
  EXPECT_EQ(page.numbers[1].quality_rating, std::nullopt);
  EXPECT_EQ(queryPhoneNumbersQuery("cs-1"), (QueryParams{{"CustSpaceId", "cs-1"}}));
}

TEST(QueryPhoneNumbersParser, AnAbsentListIsNotAnEmptySpace) {
  const auto absent = parseQueryPhoneNumbersResponse(200, R"({"RequestId":"R","Code":"OK"})");
  ASSERT_TRUE(std::holds_alternative<ApiError>(absent));
  EXPECT_EQ(std::get<ApiError>(absent).message, "PhoneNumbers is missing");
  const auto empty =
      parseQueryPhoneNumbersResponse(200, R"({"RequestId":"R","Code":"OK","PhoneNumbers":[]})");
  ASSERT_TRUE(std::holds_alternative<PhoneNumbersPage>(empty));
  EXPECT_TRUE(std::get<PhoneNumbersPage>(empty).numbers.empty());
}

TEST(QueryPhoneNumbersParser, RefusesARepeatedOrMistypedNumber) {
  const auto message = [](const std::string& body) {
    const auto r = parseQueryPhoneNumbersResponse(200, body);
    return std::holds_alternative<ApiError>(r) ? std::get<ApiError>(r).message : "parsed";
  };
  EXPECT_EQ(
      message(R"({"RequestId":"R","PhoneNumbers":[{"PhoneNumber":"1"},{"PhoneNumber":"1"}]})"),
      "PhoneNumbers[1]: PhoneNumber 1 appears twice");
  EXPECT_EQ(message(R"({"RequestId":"R","PhoneNumbers":[{"Status":"CONNECTED"}]})"),
            "PhoneNumbers[0]: PhoneNumber is missing or empty");
  EXPECT_EQ(message(R"({"RequestId":"R","PhoneNumbers":[{"PhoneNumber":"1","QualityRating":3}]})"),
            "PhoneNumbers[0] (PhoneNumber 1): QualityRating: expected a string, got an integer");
  EXPECT_EQ(message(R"({"RequestId":"R","PhoneNumbers":{}})"),
            "PhoneNumbers: expected an array, got an object");
  const auto business = parseQueryPhoneNumbersResponse(
      200, R"({"RequestId":"R","Code":"InvalidParameter","Message":"bad","Success":false})");
  ASSERT_TRUE(std::holds_alternative<ApiError>(business));
  EXPECT_EQ(std::get<ApiError>(business).kind, ApiErrorKind::kBusiness);
}

}  // namespace
}  // namespace cgs
