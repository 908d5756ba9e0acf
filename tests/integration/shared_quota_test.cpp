// The API quota replicas share through PostgreSQL: two processes' SharedQuota objects (two
// sessions) reserving blocks of one credential set from several threads never get overlapping
// time, and what one replica's limiter hands out with another's stays within the quota.
#include "store/shared_quota.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "cams/rate_limiter.h"
#include "pg_harness.h"
#include "store/database_error.h"

namespace cgs::testing {
namespace {

using namespace std::chrono_literals;

TEST(SharedQuota, ReplicasReserveDisjointBlocksOfOneCredentialSet) {
  TestSchema schema;
  RealClock clock;
  auto a = std::make_shared<SharedQuota>(testDatabaseUrl(), schema.name(), clock);
  auto b = std::make_shared<SharedQuota>(testDatabaseUrl(), schema.name(), clock);
  const auto ledger_a = a->ledger("default");
  const auto ledger_b = b->ledger("default");
  const auto other_set = b->ledger("reseller");
  constexpr auto kBlock = std::chrono::milliseconds(20);
  // Each block's start and the time its reserve() call took: the database's clock is mapped onto
  // the process's at the middle of the round trip, so a start is off by at most half of it.
  struct Block {
    SteadyTime start;
    std::chrono::nanoseconds call;
  };
  std::mutex m;
  std::vector<Block> blocks;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      QuotaLedger& ledger = t % 2 == 0 ? *ledger_a : *ledger_b;
      for (int i = 0; i < 25; ++i) {
        const SteadyTime asked = clock.now();
        const SteadyTime s = ledger.reserve(asked, kBlock);
        const auto call = clock.now() - asked;
        std::lock_guard lock(m);
        blocks.push_back({s, call});
      }
    });
  }
  for (auto& t : threads) t.join();
  std::sort(blocks.begin(), blocks.end(),
            [](const Block& x, const Block& y) { return x.start < y.start; });
  ASSERT_EQ(blocks.size(), 100u);
  // Blocks are apart by their length, less the two starts' mapping errors (each under half its
  // call's time: well under a millisecond on loopback, more on a loaded test machine).
  for (std::size_t i = 1; i < blocks.size(); ++i) {
    const auto error = (blocks[i].call + blocks[i - 1].call) / 2 + 1ms;
    EXPECT_GE(blocks[i].start - blocks[i - 1].start, kBlock - error) << i;
  }
  EXPECT_GE(blocks.back().start - blocks.front().start,
            99 * kBlock - (blocks.back().call + blocks.front().call) / 2 - 1ms);
  EXPECT_EQ(schema.scalar<int>("SELECT count(*) FROM api_quota_slots"), 1);
  // Another credential set has a quota of its own: it starts now, not after the 2 s above.
  const SteadyTime now = clock.now();
  EXPECT_LT(other_set->reserve(now, kBlock) - now, 20ms);
  // A hold (after Throttling) applies to every replica.
  a->ledger("reseller")->holdUntil(clock.now() + 300ms);
  EXPECT_GE(other_set->reserve(clock.now(), kBlock) - clock.now(), 250ms);
}

TEST(SharedQuota, TwoReplicasLimitersTogetherKeepTheQuota) {
  TestSchema schema;
  RealClock clock;
  auto a = std::make_shared<SharedQuota>(testDatabaseUrl(), schema.name(), clock);
  auto b = std::make_shared<SharedQuota>(testDatabaseUrl(), schema.name(), clock);
  RateLimiter la(200, a->ledger("default")), lb(200, b->ledger("default"));
  std::vector<SteadyTime> at;
  const SteadyTime start = clock.now();
  for (int i = 0; i < 200; ++i) {
    at.push_back(la.reserve(start));
    at.push_back(lb.reserve(start));
  }
  std::sort(at.begin(), at.end());
  int busiest = 0;
  for (std::size_t i = 0, j = 0; i < at.size(); ++i) {
    while (at[i] - at[j] >= 1s) ++j;
    busiest = std::max(busiest, static_cast<int>(i - j + 1));
  }
  EXPECT_LE(busiest, 200);
  // 400 slots of 5.1 ms: about 2 s, as one replica alone would take for 400 requests.
  EXPECT_LT(at.back() - at.front(), 2200ms);
}

TEST(SharedQuota, AnUnreachableDatabaseGivesNoSlot) {
  TestSchema schema;
  RealClock clock;
  auto down = std::make_shared<SharedQuota>(
      "postgresql://postgres@127.0.0.1:1/none?connect_timeout=2", schema.name(), clock);
  EXPECT_THROW((void)down->ledger("default")->reserve(clock.now(), 1ms), QuotaUnavailable);
  EXPECT_THROW(down->ledger("default")->holdUntil(clock.now()), QuotaUnavailable);
  EXPECT_THROW(down->connect(), DatabaseError);
  // Its cause is the database failure, which a run records as its own (Database.08001 here).
  try {
    (void)down->ledger("default")->reserve(clock.now(), 1ms);
    ADD_FAILURE() << "a slot from an unreachable database";
  } catch (const QuotaUnavailable& e) {
    ASSERT_TRUE(e.cause());
    try {
      std::rethrow_exception(e.cause());
    } catch (const DatabaseError& cause) {
      EXPECT_EQ(cause.code(), "Database.08001");
      EXPECT_TRUE(cause.unavailable());
      EXPECT_NE(std::string(cause.what()).find("the shared API quota's ledger"), std::string::npos)
          << cause.what();
    }
  }
}

}  // namespace
}  // namespace cgs::testing
