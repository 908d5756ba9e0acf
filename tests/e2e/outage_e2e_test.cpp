// PostgreSQL down at start and restarted under a running daemon: it keeps running and converges.
// Runs its own throwaway cluster, so stopping it cannot disturb other tests.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e_harness.h"
#include "own_cluster.h"

namespace cgs::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

// A daemon against its own cluster and an in-process cams-sim serving `accounts` generated
// accounts (named one, two, ...), syncing every second.
class OutageRig {
 public:
  OutageRig(int accounts, int groups, std::uint64_t seed, const std::string& api_extra = "") {
    sim::SimOptions o;
    o.credentials = {{kE2eKey, kE2eSecret, ""}};
    sim_ = std::make_unique<sim::SimServer>(o);
    sim_->dataset().replace(sim::generateDataset({accounts, groups, seed}));
    sim_->start();
    std::string yaml = fmt::format(R"(database:
  url: "{}?connect_timeout=2"
api:
  endpoint: {}
  scheme: http
  request_timeout: 3s
{}schedule:
  interval: 1s
  jitter: 0
accounts:
)",
                                   pg.url(), sim_->endpoint(), api_extra);
    static constexpr const char* kNames[] = {"one", "two", "three", "four"};
    for (int i = 1; i <= accounts; ++i) {
      yaml += fmt::format(
          "  - name: {}\n    cust_space_id: cams-sim-{:04d}\n    business_number: "
          "\"86138{:08d}\"\n",
          kNames[i - 1], i, i);
    }
    std::ofstream(dir.file("config.yaml")) << yaml;
  }
  std::unique_ptr<Process> startDaemon() {
    return std::make_unique<Process>(
        binary(), std::vector<std::string>{"--config", dir.file("config.yaml")},
        std::map<std::string, std::string>{{"ALIBABA_CLOUD_ACCESS_KEY_ID", kE2eKey},
                                           {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", kE2eSecret}},
        dir.file("daemon"));
  }
  // A count from the cluster, or -1 while it is down.
  int count(const std::string& sql) const {
    try {
      return pg.scalar(sql);
    } catch (const std::exception&) {
      return -1;
    }
  }
  sim::SimServer& sim() { return *sim_; }

  OwnCluster pg;
  TempDir dir;

 private:
  std::unique_ptr<sim::SimServer> sim_;
};

std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(E2eOutage, DaemonWaitsForTheDatabaseAndSurvivesARestart) {
  OutageRig rig(2, 40, 12);
  OwnCluster& pg = rig.pg;
  const auto succeeded = [&] {
    return rig.count("SELECT count(*) FROM cams.sync_runs WHERE status = 'succeeded'");
  };

  pg.stop();  // down before the daemon starts
  auto daemon_process = rig.startDaemon();
  Process& daemon = *daemon_process;
  // It has tried, failed and is still waiting: at least two attempts logged, still running.
  ASSERT_TRUE(E2e::eventually([&] {
    return occurrences(daemon.err(), "database unavailable") >= 2;
  })) << daemon.err();
  ASSERT_TRUE(daemon.running()) << daemon.err();
  pg.start();
  ASSERT_TRUE(E2e::eventually([&] { return succeeded() >= 4; }, 40s)) << daemon.err();

  pg.stop();  // and again under a running daemon: it sees the database go, and lives on
  const std::size_t seen = daemon.err().size();
  ASSERT_TRUE(E2e::eventually([&] {
    return daemon.err().find("Database.", seen) != std::string::npos;
  })) << daemon.err();
  ASSERT_TRUE(daemon.running()) << daemon.err();
  pg.start();
  const int before = succeeded();
  ASSERT_TRUE(E2e::eventually([&] { return succeeded() >= before + 4; }, 60s)) << daemon.err();
  ASSERT_TRUE(daemon.running());

  daemon.signal(SIGTERM);
  ASSERT_EQ(daemon.wait(10s), 0) << daemon.err();
  EXPECT_EQ(pg.scalar("SELECT count(*) FROM cams.current_chat_groups"), 80);
  EXPECT_EQ(pg.scalar("SELECT count(*) FROM cams.chat_group_changes WHERE change_type <> 'added'"),
            0)
      << "nothing half-applied, nothing applied twice";
  EXPECT_EQ(pg.scalar("SELECT count(*) FROM cams.sync_runs WHERE status = 'running'"), 0);
}

// PostgreSQL restarted while a run is paging (its COPY open, its transaction uncommitted): that
// run is lost as a whole, the daemon lives on, the run record is closed and the next run converges.
TEST(E2eOutage, RestartInsideARunLosesThatRunOnlyAndTheNextConverges) {
  OutageRig rig(1, 1500, 14, "  page_size: 50\n  max_in_flight: 1\n");
  OwnCluster& pg = rig.pg;
  rig.sim().setLatency(100, 0);  // 30 pages one at a time: about 3 s of paging per run
  const auto count = [&](const std::string& sql) { return rig.count(sql); };
  auto daemon_process = rig.startDaemon();
  Process& daemon = *daemon_process;
  ASSERT_TRUE(E2e::eventually(
      [&] { return count("SELECT count(*) FROM cams.current_chat_groups") == 1500; }, 40s))
      << daemon.err();
  rig.sim().dataset().mutate(
      {"cams-sim-0001", "8613800000001"},
      json::parse(R"([{"op":"add","group":{"GroupId":"DURING","Subject":"d"}}])"));
  // Wait for a run that has paged for a while, then take the database away under it.
  ASSERT_TRUE(E2e::eventually([&] {
    return count(
               "SELECT count(*) FROM cams.sync_runs WHERE status = 'running' AND started_at < "
               "clock_timestamp() - interval '800 ms'") == 1;
  })) << daemon.err();
  const std::size_t seen = daemon.err().size();
  pg.stop();
  ASSERT_TRUE(E2e::eventually([&] {
    return daemon.err().find("Database.", seen) != std::string::npos;
  })) << "the run lost its database: "
      << daemon.err();
  ASSERT_TRUE(daemon.running()) << daemon.err();
  pg.start();
  ASSERT_TRUE(E2e::eventually(
      [&] {
        return count("SELECT count(*) FROM cams.current_chat_groups WHERE group_id = 'DURING'") ==
               1;
      },
      60s))
      << daemon.err();
  daemon.signal(SIGTERM);
  ASSERT_EQ(daemon.wait(10s), 0) << daemon.err();
  EXPECT_EQ(pg.scalar("SELECT count(*) FROM cams.current_chat_groups"), 1501);
  EXPECT_EQ(pg.scalar("SELECT count(*) FROM cams.chat_group_changes"), 1501)
      << "every group added once: the lost run applied nothing";
  EXPECT_EQ(pg.scalar("SELECT count(*) FROM cams.sync_runs WHERE status = 'running'"), 0);
  EXPECT_GE(pg.scalar("SELECT count(*) FROM cams.sync_runs WHERE status IN ('failed', 'aborted')"),
            1)
      << "the lost run is on record";
}

}  // namespace
}  // namespace cgs::testing
