// The scheduler loop on a fake clock: due accounts go to free workers, never twice at once, a
// failure waits its backoff, and stop waits for running jobs. The loop's sleeps move the fake
// clock to their deadline, so nothing here waits for real time.
#include "runtime/scheduler_loop.h"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "fakes/fake_clock.h"
#include "fakes/fixed_random.h"

namespace cgs::testing {
namespace {

using namespace std::chrono_literals;

struct Recorder {
  std::mutex mutex;
  std::condition_variable changed;
  std::set<std::string> running;
  std::map<std::string, int> runs;
  int total = 0;
  int max_parallel = 0;
  bool overlapped = false;
  std::set<int> workers_seen;
};

TEST(SchedulerLoop, RunsDueAccountsOnFreeWorkersNeverTwiceAtOnce) {
  FakeClock clock;
  FixedRandom random({0.0});
  StopSignal stop;
  Schedule schedule(0ms);
  schedule.setAccounts({{"a", 1min}, {"b", 1min}, {"c", 1min}}, clock.now(), random);
  Recorder rec;
  constexpr int kTarget = 12;
  SchedulerLoop* loop_ptr = nullptr;
  const auto job = [&](const std::string& account, int worker) {
    {
      std::lock_guard lock(rec.mutex);
      rec.overlapped = rec.overlapped || !rec.running.insert(account).second;
      rec.max_parallel = std::max(rec.max_parallel, static_cast<int>(rec.running.size()));
      rec.workers_seen.insert(worker);
    }
    clock.advance(20s);  // the run takes time: accounts come due again as time passes
    std::lock_guard lock(rec.mutex);
    rec.running.erase(account);
    ++rec.runs[account];
    if (++rec.total >= kTarget && !stop.stopped()) {
      stop.requestStop();
      loop_ptr->wake();
    }
    return Schedule::Outcome::kSucceeded;
  };
  SchedulerLoop loop(schedule, 2, job, clock, random, stop);
  loop_ptr = &loop;
  int wakes = 0;
  loop.run([&](Schedule&) { ++wakes; }, std::nullopt);
  std::lock_guard lock(rec.mutex);
  EXPECT_GE(rec.total, kTarget);
  EXPECT_FALSE(rec.overlapped) << "an account ran twice at once";
  EXPECT_LE(rec.max_parallel, 2);
  for (const auto& name : {"a", "b", "c"}) EXPECT_GE(rec.runs[name], 1) << name << " never ran";
  for (int w : rec.workers_seen) EXPECT_TRUE(w == 0 || w == 1) << "worker index " << w;
  EXPECT_GT(wakes, 1);
}

TEST(SchedulerLoop, StopWaitsForRunningJobsAndStartsNoMore) {
  FakeClock clock;
  FixedRandom random({0.0});
  StopSignal stop;
  Schedule schedule(0ms);
  schedule.setAccounts({{"slow", 1min}, {"other", 1min}}, clock.now(), random);
  std::mutex mutex;
  std::condition_variable cv;
  bool started = false;
  std::atomic<bool> job_returned{false};
  std::atomic<int> jobs{0};
  const auto job = [&](const std::string&, int) {
    ++jobs;
    {
      std::unique_lock lock(mutex);
      started = true;
      cv.notify_all();
      cv.wait(lock, [&] { return stop.stopped(); });
    }
    job_returned = true;
    return Schedule::Outcome::kSucceeded;
  };
  SchedulerLoop loop(schedule, 1, job, clock, random, stop);
  std::thread stopper([&] {
    std::unique_lock lock(mutex);
    cv.wait(lock, [&] { return started; });
    stop.requestStop();
    cv.notify_all();
    loop.wake();
  });
  loop.run([](Schedule&) {}, std::nullopt);
  EXPECT_TRUE(job_returned) << "run() returned while a job was still running";
  EXPECT_EQ(jobs.load(), 1) << "a job started after stop";
  stopper.join();
}

TEST(SchedulerLoop, FailedAccountIsRetriedOnlyAfterItsBackoff) {
  FakeClock clock;
  FixedRandom random({1.0});
  StopSignal stop;
  Schedule schedule(0ms);
  schedule.setAccounts({{"bad", 10min}}, clock.now(), random);
  std::vector<SteadyTime> starts;
  SchedulerLoop* loop_ptr = nullptr;
  const auto job = [&](const std::string&, int) {
    starts.push_back(clock.now());
    if (starts.size() == 2) {
      stop.requestStop();
      loop_ptr->wake();
    }
    return Schedule::Outcome::kFailed;
  };
  SchedulerLoop loop(schedule, 1, job, clock, random, stop);
  loop_ptr = &loop;
  loop.run([](Schedule&) {}, std::nullopt);  // its sleeps move the fake clock to the next due
  ASSERT_EQ(starts.size(), 2u);
  // How long the retry waits is Schedule's rule (schedule_test.cpp); here: the loop honours it.
  // (Fake time may also leap while the job is still running, so only the lower bound is exact.)
  EXPECT_GE(starts[1] - starts[0], std::chrono::duration_cast<std::chrono::nanoseconds>(1s))
      << "retried with no backoff";
}

}  // namespace
}  // namespace cgs::testing
