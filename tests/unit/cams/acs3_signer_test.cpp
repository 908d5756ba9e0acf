#include "cams/acs3_signer.h"

#include <gtest/gtest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "cams/list_chat_group.h"
#include "cams/percent_encoding.h"
#include "common/crypto.h"

namespace cgs {
namespace {

using nlohmann::json;

TEST(Acs3Signer, ReproducesAlibabasWorkedExample) {
  HttpRequest r;
  r.query = {{"ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"},
             {"RegionId", "cn-shanghai"}};
  r.headers = {{"host", "ecs.cn-shanghai.aliyuncs.com"},
               {"x-acs-action", "RunInstances"},
               {"x-acs-version", "2014-05-26"},
               {"x-acs-date", "2023-10-26T10:22:32Z"},
               {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
               {"x-acs-content-sha256", sha256Hex("")}};
  const auto s = signAcs3(r, "YourAccessKeyId", "YourAccessKeySecret");
  EXPECT_EQ(s.canonical_request,
            "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-"
            "shanghai\nhost:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\nx-acs-content-"
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nx-acs-date:"
            "2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-"
            "version:2014-05-26\n\nhost;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-"
            "signature-nonce;x-acs-version\n"
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(s.string_to_sign,
            "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
  EXPECT_EQ(s.signature, "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
  EXPECT_EQ(s.authorization,
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-"
            "content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature="
            "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
}

json loadVectors() {
  // Captured from Alibaba's official Node.js SDK (see the file's "generated_by" and "sdk").
  const std::string path = CGS_SOURCE_DIR "/tests/data/signature-v3.json";
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  return json::parse(in);
}

TEST(Acs3Signer, ReproducesEveryOfficialSdkVector) {
  const json vectors = loadVectors();
  ASSERT_EQ(vectors.at("format"), "cams-acs3-vectors/1");
  ASSERT_GE(vectors.at("cases").size(), 8u);
  for (const auto& c : vectors.at("cases")) {
    SCOPED_TRACE(c.at("name").get<std::string>());
    HttpRequest r;
    r.method = c.at("method");
    r.path = c.at("path");
    for (const auto& q : c.at("query")) r.query.emplace_back(q[0], q[1]);
    for (const auto& h : c.at("headers")) {
      if (h[0] != "Authorization") r.headers.emplace_back(h[0], h[1]);
    }
    r.body = c.at("body");
    const auto s = signAcs3(r, c.at("access_key_id").get<std::string>(),
                            c.at("access_key_secret").get<std::string>());
    EXPECT_EQ(s.canonical_request, c.at("canonical_request"));
    EXPECT_EQ(s.string_to_sign, c.at("string_to_sign"));
    EXPECT_EQ(s.signature, c.at("signature"));
    EXPECT_EQ(s.authorization, c.at("expected_authorization"));
  }
}

// The URL we send carries the strict encoding the signature used; where the SDK's wire bytes
// have no raw reserved characters (Node's querystring leaves !'()* raw), they are identical.
TEST(Acs3Signer, WireQueryMatchesSdkWhereItIsStrict) {
  const json vectors = loadVectors();
  int compared = 0;
  for (const auto& c : vectors.at("cases")) {
    const std::string raw = c.at("raw_query");
    if (raw.find_first_of("!'()*") != std::string::npos) {
      // Decoding both sides must still agree.
      QueryParams ours;
      for (const auto& q : c.at("query")) ours.emplace_back(q[0], q[1]);
      EXPECT_EQ(decodeQuery(raw), ours) << c.at("name");
      continue;
    }
    QueryParams q;
    for (const auto& p : c.at("query")) q.emplace_back(p[0], p[1]);
    EXPECT_EQ(encodeQuery(q), raw) << c.at("name");
    ++compared;
  }
  EXPECT_GE(compared, 5);
}

TEST(Acs3Signer, OurRequestBuilderSignsWhatTheSdkSigns) {
  // The STS vector, rebuilt by our own builder from the same inputs: identical canonical request
  // apart from the SDK-only headers, and verifiable by computeAcs3Signature over our header list.
  ListChatGroupParams p;
  p.cust_space_id = "cams-xe3kd9a1";
  p.business_number = "8613800138000";
  p.page_index = 1;
  p.page_size = 20;
  const HttpRequest r = buildSignedRequest(
      kListChatGroupAction, listChatGroupQuery(p), "cams.ap-southeast-1.aliyuncs.com", "STS.key",
      "secret", "token-value", "2024-05-05T05:05:05Z", "5f1e9d3c2b7a6048");
  std::string auth;
  for (const auto& [n, v] : r.headers) {
    if (n == "Authorization") auth = v;
  }
  EXPECT_EQ(auth.rfind("ACS3-HMAC-SHA256 Credential=STS.key,SignedHeaders=host;x-acs-action;x-acs-"
                       "content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-"
                       "acs-version,Signature=",
                       0),
            0u)
      << auth;
  HttpRequest unsigned_copy = r;
  unsigned_copy.headers.pop_back();
  EXPECT_EQ(signAcs3(unsigned_copy, "STS.key", "secret").authorization, auth);
  EXPECT_EQ(r.query.back().second, R"({"Index":1,"Size":20})");
}

TEST(PercentEncoding, Rfc3986) {
  EXPECT_EQ(percentEncode("AZaz09-_.~"), "AZaz09-_.~");
  EXPECT_EQ(percentEncode(" "), "%20");
  EXPECT_EQ(percentEncode("*"), "%2A");
  EXPECT_EQ(percentEncode("!'()"), "%21%27%28%29");
  EXPECT_EQ(percentEncode("a+b=c&d/e?f#g%"), "a%2Bb%3Dc%26d%2Fe%3Ff%23g%25");
  EXPECT_EQ(percentEncode("\xE4\xB8\xAD"), "%E4%B8%AD");         // 中
  EXPECT_EQ(percentEncode("\xF0\x9F\x98\x80"), "%F0%9F%98%80");  // 😀
  EXPECT_EQ(percentEncode(std::string("\0", 1)), "%00");
}

TEST(PercentEncoding, DecodeRoundTripsAndRejectsBadEscapes) {
  const std::string all = "Sale! 50% (today) *only* it's ~new~ \xE4\xB8\xAD\xF0\x9F\x98\x80 a+b";
  EXPECT_EQ(percentDecode(percentEncode(all)), all);
  EXPECT_EQ(percentDecode("a+b"), "a+b") << "'+' is not a space in this API";
  EXPECT_FALSE(percentDecode("%").has_value());
  EXPECT_FALSE(percentDecode("%4").has_value());
  EXPECT_FALSE(percentDecode("%GZ").has_value());
  EXPECT_EQ(decodeQuery("a=1&&b=&c"), (QueryParams{{"a", "1"}, {"b", ""}, {"c", ""}}));
}

TEST(PercentEncoding, CanonicalQuerySortsByName) {
  EXPECT_EQ(canonicalQueryString({{"b", "2"}, {"a", "x y"}, {"B", "1"}}), "B=1&a=x%20y&b=2");
}

TEST(ListChatGroupRequest, QueryOrderAndPageJson) {
  ListChatGroupParams p;
  p.cust_space_id = "cams-a";
  p.business_number = "86";
  p.group_status = "ACTIVE";
  p.subject = "s";
  p.page_index = 3;
  p.page_size = 50;
  const QueryParams q = listChatGroupQuery(p);
  ASSERT_EQ(q.size(), 5u);
  EXPECT_EQ(q[0].first, "BusinessNumber");
  EXPECT_EQ(q[1].first, "CustSpaceId");
  EXPECT_EQ(q[2].first, "GroupStatus");
  EXPECT_EQ(q[3].first, "Subject");
  EXPECT_EQ(q[4], (std::pair<std::string, std::string>{"Page", R"({"Index":3,"Size":50})"}));
}

TEST(ListChatGroupRequest, AcsDateIsUtc) {
  using namespace std::chrono;
  EXPECT_EQ(formatAcsDate(system_clock::time_point(seconds(1704164645))), "2024-01-02T03:04:05Z");
}

}  // namespace
}  // namespace cgs
