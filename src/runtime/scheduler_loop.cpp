#include "runtime/scheduler_loop.h"

namespace cgs {

SchedulerLoop::SchedulerLoop(Schedule& schedule, int workers, Job job, Clock& clock, Random& random,
                             StopSignal& stop)
    : schedule_(schedule), job_(std::move(job)), clock_(clock), random_(random), stop_(stop) {
  for (int i = 0; i < workers; ++i) workers_.emplace_back([this, i] { workerMain(i); });
}

SchedulerLoop::~SchedulerLoop() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  work_cv_.notify_all();
  for (auto& t : workers_) t.join();
}

void SchedulerLoop::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  loop_cv_.notify_all();
}

void SchedulerLoop::workerMain(int index) {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idle_;
    loop_cv_.notify_all();  // a free worker may let the loop hand out a due account
    work_cv_.wait(lock, [&] { return closing_ || !queue_.empty(); });
    --idle_;
    if (closing_ && queue_.empty()) return;
    const std::string account = queue_.front();
    queue_.pop_front();
    lock.unlock();
    Schedule::Outcome outcome = Schedule::Outcome::kFailed;
    try {
      outcome = job_(account, index);
    } catch (...) {
      outcome = Schedule::Outcome::kFailed;  // jobs report failures as values; this is a bug
    }
    lock.lock();
    schedule_.finished(account, outcome, clock_.now(), random_);
  }
}

void SchedulerLoop::run(const OnWake& on_wake, std::optional<Millis> max_sleep) {
  std::unique_lock lock(mutex_);
  while (!stop_.stopped()) {
    woken_ = false;
    on_wake(schedule_);
    // Hand due accounts to idle workers; accounts beyond the free workers wait their turn.
    while (idle_ > static_cast<int>(queue_.size())) {
      auto account = schedule_.takeDue(clock_.now());
      if (!account) break;
      queue_.push_back(std::move(*account));
      work_cv_.notify_one();
    }
    SteadyTime wake_at = clock_.now() + std::chrono::hours(24);
    if (const auto due = schedule_.nextDue()) wake_at = std::min(wake_at, *due);
    if (max_sleep) wake_at = std::min(wake_at, clock_.now() + *max_sleep);
    const std::size_t queued = queue_.size();
    const int idle = idle_;
    clock_.waitUntil(loop_cv_, lock, wake_at, [&] {
      return woken_ || stop_.stopped() || idle_ > idle || queue_.size() != queued;
    });
  }
  queue_.clear();  // not started: nothing to cancel
  // Running jobs see the stop signal (HTTP aborts, transactions roll back) and return.
  loop_cv_.wait(lock, [&] { return idle_ == static_cast<int>(workers_.size()); });
}

}  // namespace cgs
