// Hostile API responses, served by cams-sim byte for byte, through the built binary: each fails
// its run with a clear error, nothing of that run is committed, and the next clean run converges.
// Well-formed but extreme items (1 MB subjects, escaped NULs, deep but bounded nesting) are stored
// exactly instead.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

// A successful envelope around `data` (JSON text), with a request id the error must name.
std::string envelope(const std::string& data) {
  return R"({"RequestId":"RAW-REQ-1","Code":"OK","Success":true,"Data":)" + data + "}";
}
std::string listOf(const std::string& items, const std::string& total = "230") {
  return envelope(R"({"Total":)" + total + R"(,"List":[)" + items + "]}");
}
std::string nested(int depth) {
  return std::string(static_cast<std::size_t>(depth), '[') + "1" +
         std::string(static_cast<std::size_t>(depth), ']');
}

struct Case {
  std::string name;
  int status;
  std::string body;
  std::string error;  // a fragment of the message the run must fail with
};

std::vector<Case> corpus() {
  const std::string ok_item = R"({"GroupId":"G-ok","Subject":"fine"})";
  return {
      {"html instead of JSON", 200, "<html><body>502 Bad Gateway</body></html>", "not valid JSON"},
      {"empty body", 200, "", "not valid JSON"},
      {"whitespace only", 200, " \r\n\t ", "not valid JSON"},
      {"truncated JSON", 200, R"({"RequestId":"RAW-REQ-1","Data":{"Total":230,"List":[{"GroupId)",
       "not valid JSON"},
      {"trailing garbage", 200, listOf(ok_item) + "}}garbage", "not valid JSON"},
      {"raw NUL byte inside a string", 200,
       listOf(std::string(R"({"GroupId":"G-1","Subject":"a)") + '\0' + R"(b"})"), "not valid JSON"},
      {"invalid UTF-8", 200, listOf("{\"GroupId\":\"G-1\",\"Subject\":\"\xc3\x28\xff\"}"),
       "not valid JSON"},
      {"lone surrogate escape", 200, listOf(R"({"GroupId":"G-1","Subject":"\ud800"})"),
       "not valid JSON"},
      {"top level array", 200, "[]", "expected a JSON object, got an array"},
      {"top level string", 200, R"("OK")", "expected a JSON object, got a string"},
      {"missing RequestId", 200, R"({"Code":"OK","Success":true,"Data":{"Total":0,"List":[]}})",
       "no RequestId"},
      {"RequestId of the wrong type", 200,
       R"({"RequestId":7,"Code":"OK","Success":true,"Data":{"Total":0,"List":[]}})",
       "no RequestId"},
      {"Data missing", 200, R"({"RequestId":"RAW-REQ-1","Code":"OK","Success":true})",
       "Data is missing"},
      {"Data an array", 200, envelope("[]"), "Data: expected an object, got an array"},
      {"Total missing", 200, envelope(R"({"List":[]})"), "Data.Total is missing"},
      {"Total a string", 200, envelope(R"({"Total":"230","List":[]})"),
       "Data.Total: expected an integer, got a string"},
      {"Total a fraction", 200, envelope(R"({"Total":230.5,"List":[]})"),
       "Data.Total: expected an integer"},
      {"Total negative", 200, listOf(ok_item, "-1"), "Data.Total: -1 is outside"},
      {"Total huge", 200, listOf(ok_item, "18446744073709551615"), "is outside"},
      {"Total beyond 64 bits", 200, listOf(ok_item, "1e400"), "not valid JSON"},
      {"List an object", 200, envelope(R"({"Total":230,"List":{}})"),
       "Data.List: expected an array, got an object"},
      {"List missing with groups", 200, envelope(R"({"Total":230})"), "Data.List is missing"},
      {"item a string", 200, listOf(R"("G-1")"), "Data.List[0]: expected an object, got a string"},
      {"item without GroupId", 200, listOf(R"({"Subject":"no id"})"),
       "GroupId is missing or empty"},
      {"GroupId empty", 200, listOf(R"({"GroupId":""})"), "GroupId is missing or empty"},
      {"GroupId a number", 200, listOf(R"({"GroupId":12345})"),
       "GroupId: expected a string, got an integer"},
      {"GroupId 600 bytes", 200, listOf(R"({"GroupId":")" + std::string(600, 'g') + R"("})"),
       "GroupId is 600 bytes long"},
      {"Subject an object", 200, listOf(R"({"GroupId":"G-1","Subject":{"a":1}})"),
       "Subject: expected a string, got an object"},
      {"GroupStatus a boolean", 200, listOf(R"({"GroupId":"G-1","GroupStatus":true})"),
       "GroupStatus: expected a string"},
      {"nesting 100 levels deep", 200, listOf(R"({"GroupId":"G-1","Extra":)" + nested(100) + "}"),
       "nested deeper than"},
      {"nesting 100000 levels deep", 200,
       listOf(R"({"GroupId":"G-1","Extra":)" + nested(100000) + "}"), "nested deeper than"},
      {"duplicate key in an item", 200, listOf(R"({"GroupId":"G-1","GroupId":"G-2"})"),
       "appears twice"},
      {"duplicate Total", 200, envelope(R"({"Total":230,"Total":1,"List":[]})"), "appears twice"},
      {"Success a string", 200, R"({"RequestId":"RAW-REQ-1","Success":"true","Data":{}})",
       "Success is false"},
      {"HTML error page with 502", 502, "<html>bad gateway</html>", "HTTP 502"},
  };
}

class Malformed : public OneAccountTest {
 protected:
  Malformed() : OneAccountTest(77) {}
};

TEST_F(Malformed, EveryHostileResponseFailsItsRunAndCommitsNothing) {
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  // A real change waits in the simulator, so a run that committed anything would show it.
  t.sim().dataset().mutate(
      {cs, data["accounts"][0]["business_number"]},
      json::parse(R"([{"op":"add","group":{"GroupId":"NEW","Subject":"n"}}])"));
  const auto before = tupleVersions(t.schema());
  const auto changes = t.schema().scalar<int>("SELECT count(*) FROM chat_group_changes");
  const auto cases = corpus();
  ASSERT_GE(cases.size(), 25u);
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    t.sim().faults().set({{"rules", json::array({{{"kind", "raw"},
                                                  {"page", 3},
                                                  {"status", c.status},
                                                  {"body_hex", hexOf(c.body)}}})}});
    const auto r = t.run({"--config", cfg, "--once"});
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_THAT(r.err, HasSubstr(c.error));
    EXPECT_EQ(tupleVersions(t.schema()), before) << "nothing of the run was committed";
    EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM chat_group_changes"), changes);
    const auto run = t.schema().query(
        "SELECT status, coalesce(error_code, ''), coalesce(error_message, '') FROM "
        "latest_sync_runs");
    ASSERT_EQ(run.size(), 1u);
    EXPECT_EQ(run[0][0].as<std::string>(), "failed");
    EXPECT_FALSE(run[0][1].as<std::string>().empty()) << "an error code is recorded";
    EXPECT_THAT(run[0][2].as<std::string>(), HasSubstr(c.error));
  }
  t.sim().faults().clear();
  const auto clean = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(clean.code, 0) << clean.err;
  EXPECT_EQ(t.mirror(cs), t.simGroups(cs)) << "the next clean run converges";
}

TEST_F(Malformed, ErrorsNameTheRequestIdAndCode) {
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  t.sim().faults().set(
      {{"rules",
        json::array(
            {{{"kind", "raw"}, {"page", 2}, {"body_hex", hexOf(listOf(R"({"GroupId":7})"))}}})}});
  const auto r = t.run({"--config", cfg, "--once"});
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("RAW-REQ-1"));
  EXPECT_THAT(r.err, HasSubstr("Response.Malformed"));
}

TEST_F(Malformed, ExtremeButWellFormedItemsAreStoredExactly) {
  const std::string big(1 << 20, 's');
  t.sim().dataset().mutate(
      {cs, data["accounts"][0]["business_number"]},
      json::array({
          {{"op", "add"}, {"group", {{"GroupId", "BIG"}, {"Subject", big}}}},
          {{"op", "add"}, {"group", {{"GroupId", "NUL"}, {"Subject", std::string("a\0b", 3)}}}},
          {{"op", "add"}, {"group", {{"GroupId", "DEEP"}, {"Extra", json::parse(nested(50))}}}},
          {{"op", "add"},
           {"group", {{"GroupId", "UNICODE"}, {"Subject", "群组 ✓ \xF0\x9F\x98\x80"}}}},
      }));
  const auto r = t.run({"--config", cfg, "--once"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(t.schema().scalar<int>("SELECT length(subject) FROM chat_groups WHERE group_id='BIG'"),
            1 << 20);
  EXPECT_EQ(t.schema().scalar<std::string>("SELECT subject FROM chat_groups WHERE group_id='NUL'"),
            "a\xEF\xBF\xBD"
            "b")
      << "NUL (which PostgreSQL text cannot hold) becomes U+FFFD, the same way every run";
  EXPECT_EQ(
      t.schema().scalar<std::string>("SELECT subject FROM chat_groups WHERE group_id='UNICODE'"),
      "群组 ✓ \xF0\x9F\x98\x80");
  EXPECT_EQ(t.schema().scalar<int>(
                "SELECT jsonb_array_length(raw->'Extra') FROM chat_groups WHERE group_id='DEEP'"),
            1);
  const auto before = tupleVersions(t.schema());
  ASSERT_EQ(t.run({"--config", cfg, "--once"}).code, 0);
  EXPECT_EQ(tupleVersions(t.schema()), before) << "stored deterministically: a resync is a no-op";
}

}  // namespace
}  // namespace cgs::testing
