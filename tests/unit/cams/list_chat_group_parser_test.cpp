#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cams/list_chat_group.h"
#include "cams/retry_policy.h"

namespace cgs {
namespace {

using ::testing::HasSubstr;

constexpr const char* kSeedSuccess = R"({"AccessDeniedDetail":"None","Message":"None",
 "RequestId":"90E63D28-E31D-1EB2-8939-A94866411B2O",
 "Data":{"Total":51,"List":[{"Description":"test","BusinessNumber":"8613800**",
   "InviteLink":"https://chat.whatsapp.com/***","GroupStatus":"ACTIVE",
   "ProfilePictureFile":"https://*********/png.jpg","Subject":"This is a test subject","GroupId":"EA30d***"}]},
 "Code":"OK","Success":true})";

ListChatGroupPage ok(int status, const std::string& body) {
  auto r = parseListChatGroupResponse(status, body);
  if (auto* e = std::get_if<ApiError>(&r)) {
    ADD_FAILURE() << e->describe();
    return {};
  }
  return std::get<ListChatGroupPage>(std::move(r));
}

ApiError err(int status, const std::string& body) {
  auto r = parseListChatGroupResponse(status, body);
  if (!std::holds_alternative<ApiError>(r)) {
    ADD_FAILURE() << "expected an error for: " << body.substr(0, 200);
    return {};
  }
  return std::get<ApiError>(r);
}

std::string withData(const std::string& data) {
  return R"({"RequestId":"RID-1","Code":"OK","Success":true,"Data":)" + data + "}";
}

TEST(ListChatGroupParser, SeedDocumentSuccess) {
  const auto page = ok(200, kSeedSuccess);
  EXPECT_EQ(page.request_id, "90E63D28-E31D-1EB2-8939-A94866411B2O");
  EXPECT_EQ(page.total, 51);
  ASSERT_EQ(page.groups.size(), 1u);
  const auto& g = page.groups[0];
  EXPECT_EQ(g.group_id, "EA30d***");
  EXPECT_EQ(g.subject, "This is a test subject");
  EXPECT_EQ(g.group_status, "ACTIVE");
  EXPECT_EQ(g.invite_link, "https://chat.whatsapp.com/***");
  EXPECT_THAT(g.raw, HasSubstr(R"("BusinessNumber": "8613800**")")) << "raw keeps every field";
}

TEST(ListChatGroupParser, KeepsUnknownFieldsAndToleratesAbsentOrNull) {
  const auto page = ok(200, withData(R"({"Total":1,"List":[{"GroupId":"g1","Subject":null,
      "TotalParticipantCount":12,"GmtModifier":1700000000000,"GroupType":"COMMUNITY"}]})"));
  const auto& g = page.groups.at(0);
  EXPECT_FALSE(g.subject.has_value());
  EXPECT_FALSE(g.description.has_value());
  EXPECT_THAT(g.raw, HasSubstr(R"("TotalParticipantCount": 12)"));
  EXPECT_THAT(g.raw, HasSubstr(R"("GroupType": "COMMUNITY")"));
}

TEST(ListChatGroupParser, TypedFieldsOfTheWrongJsonTypeAreNotedNotFatal) {
  const auto page = ok(200, withData(R"({"Total":3,"List":[
      {"GroupId":"a","TotalParticipantCount":"7","GmtModifier":12.5,"BusinessRole":null},
      {"GroupId":"b","TotalParticipantCount":4294967296,"GroupType":["x"],"GmtModifier":12.0},
      {"GroupId":"c","TotalParticipantCount":2147483647,"GmtModifier":-9223372036854775808,
       "GroupLink":"https://t.me/+c","BusinessRole":"ADMIN"}]})"));
  ASSERT_EQ(page.groups.size(), 3u) << "the run goes on: the values stay in raw";
  std::vector<std::string> noted;
  for (const auto& m : page.mistyped) noted.push_back(std::string(m.field) + "@" + m.group_id);
  EXPECT_EQ(noted, (std::vector<std::string>{"GmtModifier@a", "TotalParticipantCount@a",
                                             "GroupType@b", "TotalParticipantCount@b"}));
  EXPECT_THAT(page.groups[0].raw, HasSubstr(R"("TotalParticipantCount": "7")"));
}

TEST(ListChatGroupParser, EmptyListing) {
  EXPECT_TRUE(ok(200, withData(R"({"Total":0,"List":[]})")).groups.empty());
  EXPECT_TRUE(ok(200, withData(R"({"Total":0})")).groups.empty());
}

TEST(ListChatGroupParser, NulBecomesReplacementCharacter) {
  const auto page =
      ok(200,
         withData(
             R"({"Total":1,"List":[{"GroupId":"g\u00001","Subject":"a\u0000b","X\u0000":"y"}]})"));
  const auto& g = page.groups.at(0);
  EXPECT_EQ(g.group_id,
            "g\xEF\xBF\xBD"
            "1");
  EXPECT_EQ(g.subject,
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(g.raw.find(std::string("\\u0000")), std::string::npos);
}

TEST(ListChatGroupParser, UnicodeSurvives) {
  const auto page = ok(200, withData("{\"Total\":1,\"List\":[{\"GroupId\":\"g\",\"Subject\":"
                                     "\"\xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80\"}]}"));
  EXPECT_EQ(page.groups.at(0).subject, "\xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80");
}

TEST(ListChatGroupParser, GatewayErrorAnyStatus) {
  const auto e = err(400, R"({"RequestId":"R-9","HostId":"cams.ap-southeast-1.aliyuncs.com",
      "Code":"Throttling.User","Message":"Request was denied due to user flow control.",
      "Recommend":"https://api.aliyun.com/troubleshoot?q=Throttling.User"})");
  EXPECT_EQ(e.kind, ApiErrorKind::kGateway);
  EXPECT_EQ(e.code, "Throttling.User");
  EXPECT_EQ(e.request_id, "R-9");
  EXPECT_EQ(e.http_status, 400);
  EXPECT_TRUE(isRetryable(e));
  EXPECT_EQ(
      e.describe(),
      "Throttling.User (HTTP 400, request R-9): Request was denied due to user flow control.");
}

TEST(ListChatGroupParser, SignatureMismatchIsFinal) {
  const auto e = err(400, R"({"RequestId":"R","Code":"SignatureDoesNotMatch","Message":"x"})");
  EXPECT_FALSE(isRetryable(e));
}

TEST(ListChatGroupParser, BusinessErrorWithHttp200) {
  const auto e = err(200, R"({"RequestId":"R-2","Code":"InvalidParameter.PageInvalid",
      "Message":"page invalid","Success":false})");
  EXPECT_EQ(e.kind, ApiErrorKind::kBusiness);
  EXPECT_EQ(e.code, "InvalidParameter.PageInvalid");
  EXPECT_FALSE(isRetryable(e));
  const auto sys = err(200, R"({"RequestId":"R-3","Code":"999999","Success":false})");
  EXPECT_TRUE(isRetryable(sys));
  EXPECT_EQ(sys.message, "Success is false");
}

TEST(ListChatGroupParser, SuccessFalseEvenWithCodeOk) {
  EXPECT_EQ(err(200, R"({"RequestId":"R","Code":"OK","Success":false,"Data":{"Total":0}})").kind,
            ApiErrorKind::kBusiness);
}

TEST(ListChatGroupParser, Http5xxWithoutJsonIsRetryable) {
  const auto e = err(502, "<html>Bad Gateway</html>");
  EXPECT_EQ(e.code, "Response.NotJson");
  EXPECT_TRUE(isRetryable(e));
}

struct Malformed {
  const char* name;
  std::string body;
  const char* message_part;
};

class ListChatGroupMalformed : public ::testing::TestWithParam<Malformed> {};

TEST_P(ListChatGroupMalformed, IsAClearErrorWithRequestId) {
  const auto& m = GetParam();
  const auto e = err(200, m.body);
  EXPECT_THAT(e.message, HasSubstr(m.message_part)) << e.describe();
  EXPECT_TRUE(e.kind == ApiErrorKind::kMalformed) << e.describe();
  if (m.body.find("RID-1") != std::string::npos && e.code != "Response.NotJson") {
    EXPECT_EQ(e.request_id, "RID-1");
  }
}

INSTANTIATE_TEST_SUITE_P(
    Classes, ListChatGroupMalformed,
    ::testing::Values(
        Malformed{"not_json", "hello", "not valid JSON"},
        Malformed{"truncated", R"({"RequestId":"RID-1","Data":{"Total":1,"Li)", "not valid JSON"},
        Malformed{"invalid_utf8", "{\"RequestId\":\"RID-1\",\"Code\":\"\xff\xfe\"}",
                  "not valid JSON"},
        Malformed{"array_top", "[1,2]", "expected a JSON object"},
        Malformed{"missing_data", R"({"RequestId":"RID-1","Code":"OK","Success":true})",
                  "Data is missing"},
        Malformed{"data_string", withData(R"("x")"), "Data: expected an object, got a string"},
        Malformed{"total_missing", withData(R"({"List":[]})"), "Data.Total is missing"},
        Malformed{"total_string", withData(R"({"Total":"5","List":[]})"),
                  "Data.Total: expected an integer, got a string"},
        Malformed{"total_float", withData(R"({"Total":5.5,"List":[]})"), "expected an integer"},
        Malformed{"total_negative", withData(R"({"Total":-1,"List":[]})"), "outside 0.."},
        Malformed{"total_huge", withData(R"({"Total":99999999999999,"List":[]})"), "outside 0.."},
        Malformed{"list_object", withData(R"({"Total":1,"List":{}})"),
                  "Data.List: expected an array, got an object"},
        Malformed{"list_missing", withData(R"({"Total":3})"), "Data.List is missing"},
        Malformed{"item_number", withData(R"({"Total":1,"List":[7]})"),
                  "Data.List[0]: expected an object"},
        Malformed{"no_group_id", withData(R"({"Total":1,"List":[{"Subject":"x"}]})"),
                  "GroupId is missing or empty"},
        Malformed{"empty_group_id", withData(R"({"Total":1,"List":[{"GroupId":""}]})"),
                  "GroupId is missing or empty"},
        Malformed{"numeric_group_id", withData(R"({"Total":1,"List":[{"GroupId":5}]})"),
                  "GroupId: expected a string, got an integer"},
        Malformed{"subject_object",
                  withData(R"({"Total":1,"List":[{"GroupId":"g","Subject":{}}]})"),
                  "(GroupId g): Subject: expected a string, got an object"},
        Malformed{"status_bool",
                  withData(R"({"Total":1,"List":[{"GroupId":"g","GroupStatus":true}]})"),
                  "GroupStatus: expected a string, got a boolean"},
        Malformed{
            "huge_group_id",
            withData(R"({"Total":1,"List":[{"GroupId":")" + std::string(600, 'x') + R"("}]})"),
            "GroupId is 600 bytes long"},
        Malformed{"duplicate_keys", withData(R"({"Total":1,"Total":2,"List":[]})"),
                  "\"Total\" appears twice"},
        Malformed{"missing_request_id", R"({"Code":"OK","Success":true,"Data":{"Total":0}})",
                  "no RequestId"}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(ListChatGroupParser, DeepNestingDoesNotCrash) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto e = err(200, withData(R"({"Total":1,"List":[{"GroupId":"g","Extra":)" + deep + "}]}"));
  EXPECT_THAT(e.message, HasSubstr("nested deeper than 64 levels"));
  EXPECT_FALSE(isRetryable(e));
}

TEST(ListChatGroupParser, OneMegabyteSubjectIsKept) {
  const std::string big(1 << 20, 's');
  const auto page =
      ok(200, withData(R"({"Total":1,"List":[{"GroupId":"g","Subject":")" + big + "\"}]}"));
  EXPECT_EQ(page.groups.at(0).subject->size(), big.size());
}

// Found by a review: a 12 MB body of "{}" items cost 416 MB of RSS before anything looked at it.
TEST(ListChatGroupParser, AListLongerThanThePageSizeIsRefusedWhileParsing) {
  std::string items;
  for (int i = 0; i < 4'000'000; ++i) items += i == 0 ? "{}" : ",{}";
  const std::string body = withData(R"({"Total":4000000,"List":[)" + items + "]}");
  auto r = parseListChatGroupResponse(200, body, 100);
  ASSERT_TRUE(std::holds_alternative<ApiError>(r));
  const auto& e = std::get<ApiError>(r);
  EXPECT_EQ(e.code, "Response.Malformed");
  EXPECT_THAT(e.message, HasSubstr("Data.List has more than 100 items"));
  // Exactly the page size passes, and a List elsewhere in the document is not counted.
  std::string hundred;
  for (int i = 0; i < 100; ++i)
    hundred += (i ? "," : "") + std::string(R"({"GroupId":"g)") + std::to_string(i) + "\"}";
  auto full = parseListChatGroupResponse(
      200, withData(R"({"Total":100,"Extra":{"List":[1,2,3]},"List":[)" + hundred + "]}"), 100);
  ASSERT_TRUE(std::holds_alternative<ListChatGroupPage>(full));
  EXPECT_EQ(std::get<ListChatGroupPage>(full).groups.size(), 100u);
  auto other = parseListChatGroupResponse(
      200, R"({"RequestId":"R","List":[1,2,3,4],"Data":{"Total":0,"List":[]}})", 2);
  EXPECT_TRUE(std::holds_alternative<ListChatGroupPage>(other));
}

// Found by a review: a 200 KB Code became a 200 KB sync_runs.error_code, metrics label and log.
TEST(ListChatGroupParser, CodeMessageAndRequestIdAreBounded) {
  const std::string huge(200'000, 'X');
  const auto e = err(400, R"({"RequestId":")" + huge + R"(","Code":"Forbidden.)" + huge +
                              R"(","Message":")" + huge + "\"}");
  EXPECT_LE(e.code.size(), kMaxCodeBytes);
  EXPECT_LE(e.message.size(), kMaxMessageBytes);
  EXPECT_LE(e.request_id.size(), kMaxRequestIdBytes);
  EXPECT_THAT(e.code, ::testing::StartsWith("Forbidden.XXX"));
  EXPECT_THAT(e.message, ::testing::EndsWith("..."));
  // A multi-byte character at the cut is dropped whole, never split.
  const std::string cjk = "\xE4\xB8\xAD";
  std::string msg;
  while (msg.size() < 2000) msg += cjk;
  const auto m = err(400, R"({"RequestId":"R","Code":"X","Message":")" + msg + "\"}");
  EXPECT_EQ((m.message.size() - 3) % 3, 0u);
}

TEST(ApiErrorCodeLabel, KnownFamiliesKeepTheirNameEverythingElseIsOther) {
  EXPECT_EQ(codeLabel("Throttling.User"), "Throttling.User");
  EXPECT_EQ(codeLabel("Forbidden.RAM"), "Forbidden.RAM");
  EXPECT_EQ(codeLabel("Transport.Timeout"), "Transport.Timeout");
  EXPECT_EQ(codeLabel("HTTP.502"), "HTTP.502");
  EXPECT_EQ(codeLabel("Made.Up.By.The.Server"), "other");
  EXPECT_EQ(codeLabel("Forbidden." + std::string(100, 'A')), "other");
  EXPECT_EQ(codeLabel("Forbidden.\x1b[31m"), "other");
}

}  // namespace
}  // namespace cgs
