// The discovery actions (ListInstance, QueryChatappPhoneNumbers) through the real client against
// cams-sim over HTTP on 127.0.0.1: the shapes, the inventory's admin changes, and the numbers'
// own limit of 10 requests per second.
#include <gtest/gtest.h>

#include "sim_dataset.h"
#include "sim_harness.h"

namespace cgs::testing {
namespace {

using nlohmann::json;

class DiscoverySim : public ::testing::Test {
 protected:
  DiscoverySim()
      : sim_(startSim(sim::generateDataset({3, 2, 7, false, 2}))),
        transport_(CurlTransportOptions{"http", Millis{2000}, Millis{5000}, 64u << 20, nullptr}),
        limiter_(1000, std::make_shared<LocalQuotaLedger>()),
        client_(transport_, limiter_, {kSimKey, Secret(kSimSecret), {}}, clock_, random_, stop_,
                ApiClientOptions{sim_->endpoint(), 1, Millis{10'000}, BackoffPolicy{}},
                makeBootstrapLog("warn", "text", std::make_shared<Redactor>())) {}

  RealClock clock_;
  RealRandom random_;
  StopSignal stop_;
  std::unique_ptr<sim::SimServer> sim_;
  CurlTransport transport_;
  RateLimiter limiter_;
  ApiClient client_;
  const AttemptObserver none_ = [](const AttemptRecord&) {};
};

TEST_F(DiscoverySim, TheClientListsEveryInstanceAndEachSpacesNumbers) {
  std::vector<std::string> spaces;
  for (int index = 1;; ++index) {
    auto r = client_.listInstancePage({"whatsapp", index, 2}, none_);
    ASSERT_TRUE(std::holds_alternative<InstancePage>(r)) << std::get<ApiError>(r).describe();
    const auto& page = std::get<InstancePage>(r);
    EXPECT_EQ(page.total, 3);
    for (const auto& i : page.instances) spaces.push_back(i.cust_space_id);
    if (index * 2 >= page.total) break;
  }
  EXPECT_EQ(spaces, (std::vector<std::string>{"cams-sim-0001", "cams-sim-0002", "cams-sim-0003"}));

  auto r = client_.queryPhoneNumbers("cams-sim-0002", none_);
  ASSERT_TRUE(std::holds_alternative<PhoneNumbersPage>(r)) << std::get<ApiError>(r).describe();
  const auto& numbers = std::get<PhoneNumbersPage>(r).numbers;
  ASSERT_EQ(numbers.size(), 3u) << "the account's own number and numbers=2 others";
  EXPECT_EQ(numbers[0].phone_number, "8613800000002");
  EXPECT_EQ(numbers[0].status, "CONNECTED");
  EXPECT_NE(numbers[1].status, "CONNECTED");
  EXPECT_NE(numbers[2].status, "CONNECTED");

  ASSERT_EQ(sim_->inventory().mutate(json::parse(R"([
      {"op":"set","cust_space_id":"cams-sim-0002","phone_number":"8613800000002",
       "set":{"QualityRating":"RED","VerifiedName":null}},
      {"op":"delete_number","cust_space_id":"cams-sim-0002","phone_number":"8613900002001"}])")),
            2);
  auto after = client_.queryPhoneNumbers("cams-sim-0002", none_);
  ASSERT_TRUE(std::holds_alternative<PhoneNumbersPage>(after));
  const auto& changed = std::get<PhoneNumbersPage>(after).numbers;
  ASSERT_EQ(changed.size(), 2u);
  EXPECT_EQ(changed[0].quality_rating, "RED");
  EXPECT_EQ(changed[0].verified_name, std::nullopt);

  auto unknown = client_.queryPhoneNumbers("no-such-space", none_);
  ASSERT_TRUE(std::holds_alternative<PhoneNumbersPage>(unknown));
  EXPECT_TRUE(std::get<PhoneNumbersPage>(unknown).numbers.empty());
}

// The contract's own limit: QueryChatappPhoneNumbers above 10 per second is throttled, whatever
// the other actions may do (ListInstance, asked as often, is not).
TEST_F(DiscoverySim, PhoneNumbersHaveTheirOwnTenPerSecondLimit) {
  int throttled = 0;
  for (int i = 0; i < 30; ++i) {
    auto r = client_.queryPhoneNumbers("cams-sim-0001", none_);
    if (auto* e = std::get_if<ApiError>(&r)) {
      EXPECT_EQ(e->code, "Throttling.User");
      ++throttled;
    }
  }
  EXPECT_GE(throttled, 1) << "30 requests at once, 10 allowed per second";
  for (int i = 0; i < 30; ++i) {
    auto r = client_.listInstancePage({"", 1, 10}, none_);
    EXPECT_TRUE(std::holds_alternative<InstancePage>(r)) << std::get<ApiError>(r).describe();
  }
}

}  // namespace
}  // namespace cgs::testing
