// The CAMS client against cams-sim over real HTTP on 127.0.0.1.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <curl/curl.h>

#include <set>

#include "cams/percent_encoding.h"
#include "common/crypto.h"
#include "curl_body.h"
#include "sim_harness.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using Status = ListingOutcome::Status;

struct Listing {
  ListingOutcome outcome;
  std::vector<std::string> ids;
  std::vector<AttemptRecord> attempts;
};

class Collect final : public PageConsumer {
 public:
  void reset() override { ids.clear(); }
  void consume(ListChatGroupPage&& p) override {
    for (auto& g : p.groups) ids.push_back(g.group_id);
  }
  std::vector<std::string> ids;
};

class ClientSim : public ::testing::Test {
 protected:
  RealClock clock;
  RealRandom random;
  StopSignal stop;

  Listing list(sim::SimServer& s, ListChatGroupParams params, double qps = 1000, int workers = 4,
               ResolvedCredentials creds = {kSimKey, Secret(kSimSecret), {}},
               Millis timeout = Millis{5000}, int max_attempts = 5) {
    RateLimiter limiter(qps, std::make_shared<LocalQuotaLedger>());
    Listing out;
    std::mutex m;
    std::vector<std::unique_ptr<ClientSource>> owned;
    std::vector<PageSource*> sources;
    for (int i = 0; i < workers; ++i) {
      owned.push_back(std::make_unique<ClientSource>(s.endpoint(), limiter, clock, random, stop,
                                                     params, creds, &out.attempts, &m, timeout,
                                                     max_attempts));
      sources.push_back(owned.back().get());
    }
    Collect c;
    out.outcome = runListing(sources, PagerOptions{params.page_size, 2}, c, stop);
    out.ids = std::move(c.ids);
    return out;
  }

  static std::set<std::string> idsOf(const json& dataset, const std::string& cust_space_id,
                                     const std::string& status = "",
                                     const std::string& subject = "") {
    std::set<std::string> ids;
    for (const auto& a : dataset["accounts"]) {
      if (a["cust_space_id"] != cust_space_id) continue;
      for (const auto& g : a["groups"]) {
        if (!status.empty() && g.value("GroupStatus", "") != status) continue;
        if (!subject.empty() && g.value("Subject", "").find(subject) == std::string::npos) continue;
        ids.insert(g["GroupId"].get<std::string>());
      }
    }
    return ids;
  }

  static ListChatGroupParams account(const json& dataset, int i, int page_size = 100) {
    const auto& a = dataset["accounts"][static_cast<std::size_t>(i)];
    ListChatGroupParams p;
    p.cust_space_id = a["cust_space_id"];
    p.business_number = a["business_number"];
    p.page_size = page_size;
    return p;
  }
};

TEST_F(ClientSim, FullListingOfSeveralAccountsWithFilters) {
  const json data = sim::generateDataset({3, 730, 11});
  auto s = startSim(data);
  for (int i = 0; i < 3; ++i) {
    const auto r = list(*s, account(data, i, 50));
    ASSERT_EQ(r.outcome.status, Status::kComplete) << r.outcome.inconsistency;
    EXPECT_EQ(std::set<std::string>(r.ids.begin(), r.ids.end()),
              idsOf(data, account(data, i).cust_space_id));
    EXPECT_EQ(r.ids.size(), 730u);
    EXPECT_EQ(r.outcome.pages, 15);
  }
  auto p = account(data, 1, 20);
  p.group_status = "ACTIVE";
  auto active = list(*s, p);
  ASSERT_EQ(active.outcome.status, Status::kComplete);
  EXPECT_EQ(std::set<std::string>(active.ids.begin(), active.ids.end()),
            idsOf(data, p.cust_space_id, "ACTIVE"));
  p.group_status.clear();
  p.subject = "\xE6\x8A\x80\xE6\x9C\xAF";  // 技术: CJK in the signed query
  auto cjk = list(*s, p);
  ASSERT_EQ(cjk.outcome.status, Status::kComplete);
  EXPECT_EQ(std::set<std::string>(cjk.ids.begin(), cjk.ids.end()),
            idsOf(data, p.cust_space_id, "", p.subject));
  EXPECT_FALSE(cjk.ids.empty());
  p.subject = "(50% off)";  // reserved characters
  auto reserved = list(*s, p);
  ASSERT_EQ(reserved.outcome.status, Status::kComplete);
  EXPECT_EQ(reserved.ids.size(), idsOf(data, p.cust_space_id, "", p.subject).size());
}

TEST_F(ClientSim, ThrottlingAnd503AreRecoveredByRetries) {
  const json data = sim::generateDataset({1, 1000, 5});
  auto s = startSim(data);
  s->faults().set(json::parse(R"({"seed":3,"rules":[
      {"kind":"unavailable","probability":0.2},{"kind":"throttle","probability":0.2},
      {"kind":"internal","on_request":2}]})"));
  const auto r = list(*s, account(data, 0, 50));
  ASSERT_EQ(r.outcome.status, Status::kComplete) << r.outcome.inconsistency;
  EXPECT_EQ(r.ids.size(), 1000u);
  int failures = 0;
  for (const auto& a : r.attempts) failures += a.code != "OK";
  EXPECT_GT(failures, 2) << "faults were injected and retried";
  for (const auto& a : r.attempts) {
    if (a.code != "OK") {
      EXPECT_FALSE(a.request_id.empty()) << a.code;
    }
  }
}

TEST_F(ClientSim, WrongSecretFailsFastWithoutRetrying) {
  const json data = sim::generateDataset({1, 10, 5});
  auto s = startSim(data);
  const auto r = list(*s, account(data, 0), 1000, 2, {kSimKey, Secret("wrong-secret"), {}});
  ASSERT_EQ(r.outcome.status, Status::kFailed);
  ASSERT_TRUE(r.outcome.error.has_value());
  EXPECT_EQ(r.outcome.error->code, "SignatureDoesNotMatch");
  EXPECT_FALSE(r.outcome.error->request_id.empty());
  EXPECT_EQ(s->log().size(), 1u) << "one request, no retry";
}

TEST_F(ClientSim, QpsLimitHoldsAtTheServer) {
  const json data = sim::generateDataset({1, 3000, 5});
  auto s = startSim(data, /*qps=*/20);
  const auto started = std::chrono::steady_clock::now();
  const auto r = list(*s, account(data, 0, 50), /*qps=*/20, /*workers=*/4);
  const auto took = std::chrono::steady_clock::now() - started;
  ASSERT_EQ(r.outcome.status, Status::kComplete);
  EXPECT_LE(s->maxPerSecond().at(kSimKey), 20);
  for (const auto& e : s->log()) EXPECT_NE(e.code, "Throttling.User");
  EXPECT_GE(took, std::chrono::milliseconds(2900)) << "60 requests at 20/s";
}

TEST_F(ClientSim, KeepAliveReusesOneConnection) {
  const json data = sim::generateDataset({1, 100, 5});
  auto s = startSim(data);
  CurlTransport t(CurlTransportOptions{"http", Millis{2000}, Millis{5000}, 64u << 20, nullptr});
  long connections = 0;
  for (int i = 0; i < 50; ++i) {
    ListChatGroupParams p = account(data, 0, 10);
    const auto req = buildSignedRequest(
        kListChatGroupAction, listChatGroupQuery(p), s->endpoint(), kSimKey, kSimSecret, "",
        formatAcsDate(std::chrono::system_clock::now()), randomHex(16));
    auto r = t.send(req);
    ASSERT_TRUE(std::holds_alternative<HttpResponse>(r));
    EXPECT_EQ(std::get<HttpResponse>(r).status, 200);
    connections += std::get<HttpResponse>(r).new_connections;
  }
  EXPECT_EQ(connections, 1) << "50 requests, one TCP connection";
}

// One signed request with every part under the test's control.
HttpResponse sendRaw(sim::SimServer& s, const QueryParams& q, const std::string& key,
                     const std::string& secret, const std::string& token = "",
                     std::chrono::system_clock::time_point when = std::chrono::system_clock::now(),
                     const std::string& nonce = randomHex(16)) {
  CurlTransport t(CurlTransportOptions{"http", Millis{2000}, Millis{5000}, 64u << 20, nullptr});
  auto r = t.send(buildSignedRequest(kListChatGroupAction, q, s.endpoint(), key, secret, token,
                                     formatAcsDate(when), nonce));
  if (!std::holds_alternative<HttpResponse>(r)) {
    ADD_FAILURE() << std::get<ApiError>(r).describe();
    return {};
  }
  return std::get<HttpResponse>(r);
}

ApiError errorOf(const HttpResponse& r) {
  auto parsed = parseListChatGroupResponse(r.status, r.body);
  EXPECT_TRUE(std::holds_alternative<ApiError>(parsed)) << r.body;
  return std::holds_alternative<ApiError>(parsed) ? std::get<ApiError>(parsed) : ApiError{};
}

TEST_F(ClientSim, GatewayErrorsHaveTheRealShapeAndCodes) {
  const json data = sim::generateDataset({1, 5, 5});
  auto s = startSim(data, 0, {{"STS.key", "sts-secret", "sts-token"}});
  const QueryParams q = listChatGroupQuery(account(data, 0));
  const auto e1 = errorOf(sendRaw(*s, q, "LTAI-unknown", "x"));
  EXPECT_EQ(e1.code, "InvalidAccessKeyId.NotFound");
  EXPECT_EQ(e1.http_status, 404);
  EXPECT_EQ(e1.request_id.size(), 36u);
  EXPECT_EQ(errorOf(sendRaw(*s, q, kSimKey, kSimSecret, "",
                            std::chrono::system_clock::now() - std::chrono::minutes(20)))
                .code,
            "InvalidTimeStamp.Expired");
  EXPECT_EQ(
      sendRaw(*s, q, kSimKey, kSimSecret, "", std::chrono::system_clock::now(), "nonce-1").status,
      200);
  EXPECT_EQ(
      errorOf(sendRaw(*s, q, kSimKey, kSimSecret, "", std::chrono::system_clock::now(), "nonce-1"))
          .code,
      "SignatureNonceUsed");
  EXPECT_EQ(
      errorOf(sendRaw(*s, {{"CustSpaceId", "x"}, {"Page", pageJson(1, 10)}}, kSimKey, kSimSecret))
          .code,
      "MissingParameter");
  auto big = account(data, 0, 101);
  const auto page_invalid = sendRaw(*s, listChatGroupQuery(big), kSimKey, kSimSecret);
  EXPECT_EQ(page_invalid.status, 200) << "a business error, HTTP 200";
  EXPECT_EQ(errorOf(page_invalid).code, "InvalidParameter.PageInvalid");
  EXPECT_EQ(errorOf(sendRaw(*s, q, "STS.key", "sts-secret")).code, "InvalidSecurityToken.Mismatch");
  EXPECT_EQ(sendRaw(*s, q, "STS.key", "sts-secret", "sts-token").status, 200);
  s->setForbidden(kSimKey, account(data, 0).cust_space_id, "", true);
  const auto forbidden = errorOf(sendRaw(*s, q, kSimKey, kSimSecret));
  EXPECT_EQ(forbidden.code, "Forbidden.RAM");
  EXPECT_EQ(forbidden.http_status, 403);
  s->setQps(1);
  s->setForbidden(kSimKey, account(data, 0).cust_space_id, "", false);
  (void)sendRaw(*s, q, kSimKey, kSimSecret);
  const auto throttled = errorOf(sendRaw(*s, q, kSimKey, kSimSecret));
  EXPECT_EQ(throttled.code, "Throttling.User");
  EXPECT_EQ(throttled.http_status, 400);
}

TEST_F(ClientSim, PagingBeyondTheEndAndNoAccess) {
  json data = sim::generateDataset({2, 25, 5});
  data["accounts"][1]["no_access"] = true;
  auto s = startSim(data);
  auto p = account(data, 0, 10);
  p.page_index = 4;
  auto r =
      parseListChatGroupResponse(200, sendRaw(*s, listChatGroupQuery(p), kSimKey, kSimSecret).body);
  ASSERT_TRUE(std::holds_alternative<ListChatGroupPage>(r));
  EXPECT_EQ(std::get<ListChatGroupPage>(r).total, 25);
  EXPECT_TRUE(std::get<ListChatGroupPage>(r).groups.empty());
  p.page_index = 3;
  r = parseListChatGroupResponse(200, sendRaw(*s, listChatGroupQuery(p), kSimKey, kSimSecret).body);
  EXPECT_EQ(std::get<ListChatGroupPage>(r).groups.size(), 5u);
  const auto no_access =
      errorOf(sendRaw(*s, listChatGroupQuery(account(data, 1)), kSimKey, kSimSecret));
  EXPECT_EQ(no_access.code, "Authentication.NoAuth");
}

TEST_F(ClientSim, EveryFaultKindSurfacesAsItsError) {
  const json data = sim::generateDataset({1, 30, 5});
  auto s = startSim(data);
  const QueryParams q = listChatGroupQuery(account(data, 0, 10));
  const auto fault = [&](const std::string& rule) {
    s->faults().set(json::parse(R"({"rules":[)" + rule + "]}"));
  };
  fault(R"({"kind":"business","code":"999999"})");
  EXPECT_EQ(errorOf(sendRaw(*s, q, kSimKey, kSimSecret)).code, "999999");
  fault(R"({"kind":"malformed"})");
  EXPECT_EQ(errorOf(sendRaw(*s, q, kSimKey, kSimSecret)).code, "Response.NotJson");
  fault(R"({"kind":"wrong_type"})");
  EXPECT_THAT(errorOf(sendRaw(*s, q, kSimKey, kSimSecret)).message,
              HasSubstr("Data.Total: expected an integer"));
  fault(R"({"kind":"missing_group_id"})");
  EXPECT_THAT(errorOf(sendRaw(*s, q, kSimKey, kSimSecret)).message,
              HasSubstr("GroupId is missing"));
  fault(R"({"kind":"internal"})");
  EXPECT_EQ(errorOf(sendRaw(*s, q, kSimKey, kSimSecret)).code, "InternalError");
  fault(R"({"kind":"unavailable"})");
  EXPECT_EQ(errorOf(sendRaw(*s, q, kSimKey, kSimSecret)).http_status, 503);
  fault(R"({"kind":"empty_list"})");
  auto empty = parseListChatGroupResponse(200, sendRaw(*s, q, kSimKey, kSimSecret).body);
  EXPECT_EQ(std::get<ListChatGroupPage>(empty).total, 30);
  EXPECT_TRUE(std::get<ListChatGroupPage>(empty).groups.empty());

  CurlTransport quick(CurlTransportOptions{"http", Millis{1000}, Millis{300}, 64u << 20, nullptr});
  const auto send = [&] {
    return quick.send(
        buildSignedRequest(kListChatGroupAction, q, s->endpoint(), kSimKey, kSimSecret, "",
                           formatAcsDate(std::chrono::system_clock::now()), randomHex(16)));
  };
  fault(R"({"kind":"timeout","delay_ms":1500})");
  auto timeout = send();
  ASSERT_TRUE(std::holds_alternative<ApiError>(timeout));
  EXPECT_EQ(std::get<ApiError>(timeout).code, "Transport.Timeout");
  fault(R"({"kind":"reset"})");
  auto reset = send();
  ASSERT_TRUE(std::holds_alternative<ApiError>(reset));
  EXPECT_EQ(std::get<ApiError>(reset).code, "Transport.Reset");
  s->faults().clear();
}

TEST_F(ClientSim, FaultTriggersByOrdinalAndAccount) {
  const json data = sim::generateDataset({2, 5, 5});
  auto s = startSim(data);
  s->faults().set(json::parse(R"({"rules":[{"kind":"internal","on_request":2},
      {"kind":"unavailable","cust_space_id":"cams-sim-0002"}]})"));
  const QueryParams a = listChatGroupQuery(account(data, 0));
  const QueryParams b = listChatGroupQuery(account(data, 1));
  EXPECT_EQ(sendRaw(*s, a, kSimKey, kSimSecret).status, 200);
  EXPECT_EQ(sendRaw(*s, a, kSimKey, kSimSecret).status, 500);
  EXPECT_EQ(sendRaw(*s, a, kSimKey, kSimSecret).status, 200);
  EXPECT_EQ(sendRaw(*s, b, kSimKey, kSimSecret).status, 503);
  EXPECT_EQ(sendRaw(*s, b, kSimKey, kSimSecret).status, 503);
}

TEST_F(ClientSim, DatasetMutatedBetweenPagesIsRetriedByThePager) {
  const json data = sim::generateDataset({1, 250, 5});
  auto s = startSim(data);
  s->faults().set(json::parse(R"({"rules":[{"kind":"mutate_after_page","page":1,"times":1}]})"));
  const auto r = list(*s, account(data, 0, 100), 1000, 1);
  ASSERT_EQ(r.outcome.status, Status::kComplete) << r.outcome.inconsistency;
  EXPECT_EQ(r.outcome.restarts, 1);
  EXPECT_EQ(r.ids.size(), 249u) << "the first group was deleted after page 1 of the first pass";
}

TEST_F(ClientSim, SdkStyleRawReservedCharactersAreAccepted) {
  // Node's querystring leaves !'()* raw on the wire while the signature used %21%27%28%29%2A.
  const json data = sim::generateDataset({1, 5, 5});
  auto s = startSim(data);
  auto p = account(data, 0);
  p.subject = "it's (50%) *off*!";
  HttpRequest req = buildSignedRequest(
      kListChatGroupAction, listChatGroupQuery(p), s->endpoint(), kSimKey, kSimSecret, "",
      formatAcsDate(std::chrono::system_clock::now()), randomHex(16));
  std::string url = "http://" + s->endpoint() + "/?" + encodeQuery(req.query);
  for (const auto& [enc, raw] : std::vector<std::pair<std::string, std::string>>{
           {"%21", "!"}, {"%27", "'"}, {"%28", "("}, {"%29", ")"}, {"%2A", "*"}}) {
    for (auto pos = url.find(enc); pos != std::string::npos; pos = url.find(enc))
      url.replace(pos, 3, raw);
  }
  ASSERT_NE(url.find("it's%20(50%25)%20*off*!"), std::string::npos) << url;
  CurlHandle h;
  CurlHeaderList headers;
  for (const auto& [n, v] : req.headers) headers.append(n + ": " + v);
  headers.append("Content-Type:");
  std::string body;
  curl_easy_setopt(h.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(h.get(), CURLOPT_POSTFIELDS, "");
  curl_easy_setopt(h.get(), CURLOPT_HTTPHEADER, headers.get());
  collectBody(h, &body);
  ASSERT_EQ(curl_easy_perform(h.get()), CURLE_OK);
  long status = 0;
  curl_easy_getinfo(h.get(), CURLINFO_RESPONSE_CODE, &status);
  EXPECT_EQ(status, 200) << body;
}

}  // namespace
}  // namespace cgs::testing

namespace cgs::testing {
namespace {

struct AdminReply {
  long status = 0;
  nlohmann::json body;
};

AdminReply admin(sim::SimServer& s, const std::string& method, const std::string& path,
                 const std::string& body = "") {
  CurlHandle h;
  std::string out;
  const std::string url = "http://" + s.endpoint() + "/__admin" + path;
  curl_easy_setopt(h.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(h.get(), CURLOPT_CUSTOMREQUEST, method.c_str());
  if (!body.empty() || method == "POST" || method == "PUT") {
    curl_easy_setopt(h.get(), CURLOPT_POSTFIELDS, body.c_str());
  }
  collectBody(h, &out);
  AdminReply r;
  if (curl_easy_perform(h.get()) != CURLE_OK) return r;
  curl_easy_getinfo(h.get(), CURLINFO_RESPONSE_CODE, &r.status);
  r.body = nlohmann::json::parse(out, nullptr, false);
  return r;
}

// curl -d / --data-binary send form content type; the admin API reads JSON whatever the type
// says, and a dataset larger than httplib's 8 KB form limit is not refused (it used to answer 413
// with an empty body, so the README's own `curl -X PUT $A/dataset --data-binary @data.json` did
// nothing for a real data file).
TEST(SimAdminApi, LargeDatasetSentAsFormDataIsTaken) {
  auto s = startSim(sim::generateDataset({1, 1, 1}));
  const nlohmann::json big = sim::generateDataset({2, 200, 9});
  ASSERT_GT(big.dump().size(), 64u * 1024);
  const auto r = admin(*s, "PUT", "/dataset", big.dump());
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body["groups"], 400);
}

TEST(SimAdminApi, EveryEndpointOverHttp) {
  const nlohmann::json data = sim::generateDataset({2, 10, 5});
  auto s = startSim(data);
  EXPECT_EQ(admin(*s, "GET", "/health").body["groups"], 20);
  const auto served = admin(*s, "GET", "/dataset").body;
  EXPECT_EQ(served["accounts"], data["accounts"]);
  // The inventory the data did not list is derived from its accounts, and served as such.
  EXPECT_EQ(served["instances"].size(), 2u);
  EXPECT_EQ(served["phone_numbers"][1]["PhoneNumber"], "8613800000002");
  EXPECT_EQ(admin(*s, "PUT", "/dataset", served.dump()).status, 200);
  EXPECT_EQ(admin(*s, "GET", "/dataset").body, served) << "what it serves reloads as itself";
  auto inventory = admin(*s, "POST", "/inventory",
                         R"({"ops":[{"op":"set","cust_space_id":"cams-sim-0001",
                             "phone_number":"8613800000001","set":{"Status":"FLAGGED"}},
                             {"op":"delete_instance","instance_id":"nope"}]})");
  EXPECT_EQ(inventory.body["changed"], 1);
  EXPECT_EQ(admin(*s, "GET", "/inventory").body["phone_numbers"][0]["Status"], "FLAGGED");
  EXPECT_EQ(admin(*s, "POST", "/inventory", R"({"ops":[{"op":"explode"}]})").status, 400);
  auto mutate = admin(*s, "POST", "/mutate",
                      R"({"cust_space_id":"cams-sim-0001","business_number":"8613800000001","ops":[
                          {"op":"add","group":{"GroupId":"X1","Subject":"x"}},
                          {"op":"update","group_id":"X1","set":{"Subject":"y","GroupStatus":"ACTIVE"}},
                          {"op":"delete","group_id":"nope"}]})");
  EXPECT_EQ(mutate.status, 200);
  EXPECT_EQ(mutate.body["changed"], 2);
  EXPECT_EQ(admin(*s, "POST", "/mutate",
                  R"({"cust_space_id":"c","business_number":"b","ops":[{"op":"zap"}]})")
                .status,
            400);
  EXPECT_EQ(admin(*s, "PUT", "/dataset", "not json").status, 400);
  EXPECT_EQ(admin(*s, "PUT", "/dataset", data.dump()).body["groups"], 20);
  EXPECT_EQ(admin(*s, "PUT", "/latency", R"({"fixed_ms":30,"jitter_ms":0})").status, 200);
  EXPECT_EQ(admin(*s, "PUT", "/qps", R"({"qps":1000})").status, 200);
  EXPECT_EQ(admin(*s, "PUT", "/faults", R"({"rules":[{"kind":"bogus"}]})").status, 400);
  EXPECT_EQ(
      admin(*s, "PUT", "/faults", R"({"seed":1,"rules":[{"kind":"internal","on_request":1}]})")
          .status,
      200);
  const QueryParams q = listChatGroupQuery({"cams-sim-0001", "8613800000001", "", "", "", 1, 10});
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(sendRaw(*s, q, kSimKey, kSimSecret).status, 500);
  EXPECT_EQ(sendRaw(*s, q, kSimKey, kSimSecret).status, 200);
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(60))
      << "latency applied";
  EXPECT_EQ(admin(*s, "GET", "/faults").body["fired"][0], 1);
  EXPECT_EQ(admin(*s, "DELETE", "/faults").status, 200);
  EXPECT_EQ(admin(*s, "PUT", "/forbid",
                  R"({"access_key_id":"LTAI5tIntegrationKey","cust_space_id":"cams-sim-0001"})")
                .status,
            200);
  EXPECT_EQ(sendRaw(*s, q, kSimKey, kSimSecret).status, 403);
  const auto log = admin(*s, "GET", "/log?since=0").body["entries"];
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0]["code"], "InternalError");
  EXPECT_EQ(log[0]["fault"], "internal");
  EXPECT_EQ(log[1]["code"], "OK");
  EXPECT_EQ(log[1]["page_size"], 10);
  EXPECT_TRUE(log[1]["signature_ok"].get<bool>());
  EXPECT_EQ(log[2]["code"], "Forbidden.RAM");
  EXPECT_EQ(admin(*s, "GET", "/log?since=2").body["entries"].size(), 1u);
  const auto stats = admin(*s, "GET", "/stats").body;
  EXPECT_EQ(stats["requests"], 3);
  EXPECT_EQ(stats["by_code"]["OK"], 1);
  EXPECT_EQ(admin(*s, "DELETE", "/log").status, 200);
  EXPECT_TRUE(admin(*s, "GET", "/log").body["entries"].empty());
}

}  // namespace
}  // namespace cgs::testing
