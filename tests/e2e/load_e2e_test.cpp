// Many accounts through one daemon under a QPS limit: the simulator never sees the limit exceeded
// (nor throttles anything), every account is synced within its interval, and the daemon's memory
// stays flat from cycle to cycle. Full size (the numbers):
//   CGS_LOAD_ACCOUNTS=200 CGS_LOAD_GROUPS=1000 CGS_LOAD_CYCLES=20 CGS_LOAD_QPS=400
//   e2e_tests --gtest_filter='Load.*'   (with those variables set)
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>

#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

long rssKb(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return -1;
}

TEST(Load, ManyAccountsUnderAQpsLimitStayFreshAndFlat) {
  const int accounts = envInt("CGS_LOAD_ACCOUNTS", 200);
  const int groups = envInt("CGS_LOAD_GROUPS", 100);
  const int cycles = envInt("CGS_LOAD_CYCLES", 8);
  const int kQps = envInt("CGS_LOAD_QPS", 100);
  constexpr int kPageSize = 50;  // E2e's config
  const json data = sim::generateDataset({accounts, groups, 99});
  E2e t(data, kQps);
  t.setApiQps(kQps);
  const int requests_per_cycle = accounts * ((groups + kPageSize - 1) / kPageSize);
  // Room for one full cycle at the limit, and half as much again.
  const int interval_s = static_cast<int>(std::ceil(1.5 * requests_per_cycle / kQps)) + 2;
  const std::string cfg = t.writeConfig(
      E2e::accountsOf(data),
      fmt::format("schedule:\n  interval: {}s\n  jitter: 1s\n  concurrency: 8\n", interval_s));
  ASSERT_EQ(t.run({"--config", cfg, "--migrate"}).code, 0);  // the polls below need the tables
  auto daemon = t.start({"--config", cfg, "--log-level", "warn"}, "load");

  std::vector<long> rss;  // after each completed cycle
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(interval_s) * (cycles + 2) * 2;
  while (static_cast<int>(rss.size()) < cycles && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(250ms);
    ASSERT_TRUE(daemon->running()) << daemon->err();
    const int done = t.schema().scalar<int>(fmt::format(
        "SELECT CASE WHEN count(*) < {} THEN 0 ELSE min(n) END FROM (SELECT account_name, "
        "count(*) n FROM sync_runs WHERE status = 'succeeded' GROUP BY 1) x",
        accounts));
    while (static_cast<int>(rss.size()) < std::min(done, cycles))
      rss.push_back(rssKb(daemon->pid()));
  }
  // Read before stopping: a run that SIGTERM interrupts is recorded as failed, rightly.
  const int failed = t.schema().scalar<int>(
      "SELECT count(*) FROM sync_runs WHERE status NOT IN ('succeeded', 'running')");
  const double max_gap = t.schema().scalar<double>(
      "SELECT coalesce(max(gap), 0) FROM (SELECT extract(epoch FROM started_at - lag(started_at) "
      "OVER (PARTITION BY account_name ORDER BY started_at)) gap FROM sync_runs) x");
  daemon->signal(SIGTERM);
  EXPECT_EQ(daemon->wait(30s), 0) << daemon->err();
  ASSERT_EQ(static_cast<int>(rss.size()), cycles) << "every account synced " << cycles << " times";

  std::cout << "[load] " << accounts << " accounts x " << groups << " groups, interval "
            << interval_s << "s, RSS kB after each cycle:";
  for (const long r : rss) std::cout << ' ' << r;
  std::cout << std::endl;

  // The limit is never exceeded, and nothing had to be throttled.
  const auto busiest = t.sim().maxPerSecond();
  ASSERT_EQ(busiest.count(kE2eKey), 1u);
  EXPECT_LE(busiest.at(kE2eKey), kQps);
  std::map<std::string, int> codes;
  for (const auto& e : t.sim().log()) ++codes[e.code];
  EXPECT_EQ(codes["Throttling.User"], 0);
  std::cout << "[load] busiest second: " << busiest.at(kE2eKey) << " requests (limit " << kQps
            << ")" << std::endl;

  // No account starves: consecutive runs of each start at most one interval (+ jitter and the
  // time a full cycle may queue behind others) apart, and none failed.
  EXPECT_EQ(failed, 0);
  std::cout << "[load] longest gap between two runs of one account: " << max_gap << " s"
            << std::endl;
  EXPECT_LE(max_gap, interval_s + 1 + interval_s / 2.0);
  EXPECT_EQ(t.schema().scalar<int>("SELECT count(*) FROM current_chat_groups"), accounts * groups);

  // Flat memory: after two warm-up cycles, no cycle's RSS exceeds the warm level by more than
  // 10% + 4 MB, and the second half of the run is no higher than the first. Under ASan the RSS is
  // mostly the allocator's quarantine filling up (hundreds of MB), so it says nothing about leaks:
  // the sanitizer build checks leaks with LSan instead.
#if defined(__SANITIZE_ADDRESS__)
  std::cout << "[load] RSS not checked: this build runs under AddressSanitizer" << std::endl;
  return;
#endif
  const std::size_t warm = std::min<std::size_t>(2, rss.size() - 1);
  const long warm_level = *std::max_element(rss.begin(), rss.begin() + static_cast<long>(warm) + 1);
  for (std::size_t i = warm; i < rss.size(); ++i) {
    EXPECT_LE(rss[i], warm_level * 11 / 10 + 4096) << "cycle " << i + 1;
  }
  if (rss.size() >= 6) {
    const auto mid = rss.begin() + static_cast<long>(warm + (rss.size() - warm) / 2);
    const long first = *std::max_element(rss.begin() + static_cast<long>(warm), mid);
    const long second = *std::max_element(mid, rss.end());
    EXPECT_LE(second, first + 2048) << "no growth trend";
  }
}

}  // namespace
}  // namespace cgs::testing
