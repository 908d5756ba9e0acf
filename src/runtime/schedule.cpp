#include "runtime/schedule.h"

#include <algorithm>

namespace cgs {

Millis Schedule::jitterDraw(Random& random) const {
  return Millis{static_cast<long long>(random.uniform() * static_cast<double>(jitter_.count()))};
}

void Schedule::setAccounts(const std::vector<std::pair<std::string, Millis>>& accounts,
                           SteadyTime now, Random& random) {
  std::map<std::string, Entry> next;
  for (const auto& [name, interval] : accounts) {
    auto it = entries_.find(name);
    if (it != entries_.end()) {
      Entry e = it->second;
      if (interval < e.interval && !e.running) e.due = std::min(e.due, now + interval);
      e.interval = interval;
      next[name] = e;
    } else {
      next[name] = Entry{interval, now + jitterDraw(random), 0, false};
    }
  }
  entries_ = std::move(next);
}

std::optional<std::string> Schedule::takeDue(SteadyTime now) {
  auto best = entries_.end();
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->second.running || it->second.due > now) continue;
    if (best == entries_.end() || it->second.due < best->second.due) best = it;
  }
  if (best == entries_.end()) return std::nullopt;
  best->second.running = true;
  return best->first;
}

std::optional<SteadyTime> Schedule::nextDue() const {
  std::optional<SteadyTime> out;
  for (const auto& [name, e] : entries_) {
    if (!e.running && (!out || e.due < *out)) out = e.due;
  }
  return out;
}

void Schedule::finished(const std::string& account, Outcome outcome, SteadyTime now,
                        Random& random) {
  auto it = entries_.find(account);
  if (it == entries_.end()) return;  // removed by a reload while it ran
  Entry& e = it->second;
  e.running = false;
  switch (outcome) {
    case Outcome::kSucceeded:
    case Outcome::kSkipped:
      e.failures = 0;
      e.due = now + e.interval + jitterDraw(random);
      break;
    case Outcome::kFailed: {
      ++e.failures;
      const int doublings = std::min(e.failures - 1, 20);
      const Millis backoff = std::min(e.interval, Millis{kFirstRetry.count() << doublings});
      // Half fixed, half random: failing accounts do not retry in lockstep.
      e.due = now + backoff / 2 +
              Millis{static_cast<long long>(random.uniform() *
                                            static_cast<double>(backoff.count()) / 2)};
      break;
    }
  }
}

bool Schedule::running(const std::string& account) const {
  const auto it = entries_.find(account);
  return it != entries_.end() && it->second.running;
}

std::optional<SteadyTime> Schedule::dueAt(const std::string& account) const {
  const auto it = entries_.find(account);
  if (it == entries_.end()) return std::nullopt;
  return it->second.due;
}

int Schedule::failures(const std::string& account) const {
  const auto it = entries_.find(account);
  return it == entries_.end() ? 0 : it->second.failures;
}

}  // namespace cgs
