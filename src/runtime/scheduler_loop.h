#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "runtime/clock.h"
#include "runtime/random.h"
#include "runtime/schedule.h"
#include "runtime/stop_signal.h"

namespace cgs {

// Runs due accounts on a fixed pool of workers until stopped. The loop sleeps on a condition
// variable until the next account is due (or `max_sleep`, for the watchdog), so an idle daemon
// uses no CPU; a worker that finishes, wake() and the stop signal end the sleep early.
// `job(account, worker_index)` runs on worker `worker_index` (0..workers-1) and says how it went.
class SchedulerLoop {
 public:
  using Job = std::function<Schedule::Outcome(const std::string& account, int worker_index)>;
  // Called on the loop's thread, with the schedule, each time the loop wakes: reloads, watchdog
  // pings and status updates happen here.
  using OnWake = std::function<void(Schedule& schedule)>;

  SchedulerLoop(Schedule& schedule, int workers, Job job, Clock& clock, Random& random,
                StopSignal& stop);
  ~SchedulerLoop();
  SchedulerLoop(const SchedulerLoop&) = delete;
  SchedulerLoop& operator=(const SchedulerLoop&) = delete;

  // Blocks until stop is requested and every running job has returned.
  void run(const OnWake& on_wake, std::optional<Millis> max_sleep);
  // Ends the current sleep (a reload is pending, or stop was requested). Thread-safe.
  void wake();

 private:
  void workerMain(int index);

  Schedule& schedule_;
  Job job_;
  Clock& clock_;
  Random& random_;
  StopSignal& stop_;

  mutable std::mutex mutex_;
  std::condition_variable loop_cv_;
  std::condition_variable work_cv_;
  std::deque<std::string> queue_;
  int idle_ = 0;
  bool woken_ = false;
  bool closing_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace cgs
