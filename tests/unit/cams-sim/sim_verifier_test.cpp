#include "sim_verifier.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include <nlohmann/json.hpp>

namespace cgs::sim {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

json vectors() {
  std::ifstream in(CGS_SOURCE_DIR "/tests/data/signature-v3.json");
  return json::parse(in);
}

std::chrono::system_clock::time_point dateOf(const json& c) {
  for (const auto& h : c.at("headers")) {
    if (h[0] == "x-acs-date") {
      std::tm tm{};
      strptime(h[1].get<std::string>().c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm);
      return std::chrono::system_clock::from_time_t(timegm(&tm));
    }
  }
  return {};
}

Verification verifyCase(SignatureVerifier& v, const json& c, std::chrono::seconds skew = {}) {
  Headers headers;
  for (const auto& h : c.at("headers")) headers.emplace_back(h[0], h[1]);
  return v.verify(c.at("method"), c.at("path"), c.at("raw_query"), headers, c.at("body"),
                  dateOf(c) + skew);
}

std::unique_ptr<SignatureVerifier> verifierFor(const json& c,
                                               const std::string& secret_override = "") {
  auto v = std::make_unique<SignatureVerifier>();
  SimCredential cred{
      c.at("access_key_id"),
      secret_override.empty() ? c.at("access_key_secret").get<std::string>() : secret_override,
      c.at("security_token").is_null() ? "" : c.at("security_token").get<std::string>()};
  v->setCredentials({{cred.access_key_id, cred}});
  return v;
}

TEST(SimVerifier, AcceptsEveryRequestTheOfficialSdkSent) {
  const json all = vectors();  // a named value: the range below must not outlive it
  for (const auto& c : all.at("cases")) {
    auto v = verifierFor(c);
    const auto r = verifyCase(*v, c);
    EXPECT_FALSE(r.rejection.has_value())
        << c.at("name") << ": "
        << (r.rejection ? r.rejection->code + " " + r.rejection->message : "");
  }
}

TEST(SimVerifier, RejectsAWrongSecret) {
  const auto c = vectors().at("cases").at(0);
  auto v = verifierFor(c, "not-the-secret");
  const auto r = verifyCase(*v, c);
  ASSERT_TRUE(r.rejection.has_value());
  EXPECT_EQ(r.rejection->code, "SignatureDoesNotMatch");
  EXPECT_EQ(r.rejection->http_status, 400);
}

TEST(SimVerifier, RejectsReplayedNonceAndOldDates) {
  const auto c = vectors().at("cases").at(0);
  auto v = verifierFor(c);
  EXPECT_FALSE(verifyCase(*v, c).rejection.has_value());
  EXPECT_EQ(verifyCase(*v, c).rejection->code, "SignatureNonceUsed");
  auto fresh = verifierFor(c);
  EXPECT_EQ(verifyCase(*fresh, c, std::chrono::minutes(16)).rejection->code,
            "InvalidTimeStamp.Expired");
}

TEST(SimVerifier, RequiresEveryAcsHeaderSigned) {
  auto c = vectors().at("cases").at(0);
  c["headers"].push_back({"x-acs-extra", "1"});
  auto v = verifierFor(c);
  const auto r = verifyCase(*v, c);
  ASSERT_TRUE(r.rejection.has_value());
  EXPECT_EQ(r.rejection->code, "IncompleteSignature");
  EXPECT_THAT(r.rejection->message, HasSubstr("x-acs-extra"));
}

TEST(SimVerifier, UnknownKeyAndStsToken) {
  const auto cases = vectors().at("cases");
  SignatureVerifier empty;
  EXPECT_EQ(verifyCase(empty, cases.at(0)).rejection->code, "InvalidAccessKeyId.NotFound");
  for (const auto& c : cases) {
    if (c.at("security_token").is_null()) continue;
    SignatureVerifier v;
    v.setCredentials({{c.at("access_key_id"),
                       {c.at("access_key_id"), c.at("access_key_secret"), "other-token"}}});
    EXPECT_EQ(verifyCase(v, c).rejection->code, "InvalidSecurityToken.Mismatch");
  }
}

}  // namespace
}  // namespace cgs::sim
