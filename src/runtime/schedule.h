#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/duration.h"
#include "runtime/clock.h"
#include "runtime/random.h"

namespace cgs {

// When each account runs next. Pure bookkeeping over time points handed in, so it is tested on
// fake time: an account is due every `interval` plus up to `jitter` of random delay; it never
// overlaps itself (a running account is not due); a failed run is retried sooner, backing off
// from 30 s (doubling, capped at the interval); a round skipped because another replica held
// the account waits a whole interval. Not thread-safe (the scheduler loop guards it).
class Schedule {
 public:
  enum class Outcome { kSucceeded, kFailed, kSkipped };
  static constexpr Millis kFirstRetry{30'000};

  explicit Schedule(Millis jitter) : jitter_(jitter) {}

  // Makes the set of accounts exactly `accounts` (name -> interval): new ones are due after a
  // random part of the jitter, removed ones are forgotten, others keep their next time.
  void setAccounts(const std::vector<std::pair<std::string, Millis>>& accounts, SteadyTime now,
                   Random& random);
  void setJitter(Millis jitter) { jitter_ = jitter; }

  // The due account that has waited longest, now marked running; nullopt if none is due.
  std::optional<std::string> takeDue(SteadyTime now);
  // The earliest time an account that is not running becomes due.
  [[nodiscard]] std::optional<SteadyTime> nextDue() const;
  void finished(const std::string& account, Outcome outcome, SteadyTime now, Random& random);

  [[nodiscard]] bool running(const std::string& account) const;
  [[nodiscard]] std::optional<SteadyTime> dueAt(const std::string& account) const;
  [[nodiscard]] int failures(const std::string& account) const;

 private:
  struct Entry {
    Millis interval{0};
    SteadyTime due{};
    int failures = 0;
    bool running = false;
  };
  Millis jitterDraw(Random& random) const;

  Millis jitter_;
  std::map<std::string, Entry> entries_;
};

}  // namespace cgs
