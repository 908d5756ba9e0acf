#pragma once

// What the chaos soak runs and breaks: a PostgreSQL primary with a synchronous standby (restart,
// failover), daemon replicas (SIGKILL, restart) with their memory sampled, and the simulator's
// data changing all the time.
#include <signal.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "e2e_harness.h"
#include "own_cluster.h"

namespace cgs::testing {

// A primary and a synchronous standby, reached through one multi-host URL that stays valid across
// failovers: the failed primary rejoins as the new one's standby on its own port.
class ClusterPair {
 public:
  ClusterPair() {
    a_ = std::make_unique<OwnCluster>();
    // Copied into the standby by its base backup, so whichever is primary waits for the other.
    a_->exec("ALTER SYSTEM SET synchronous_standby_names = '*'");
    a_->exec("SELECT pg_reload_conf()");
    b_ = std::make_unique<OwnCluster>(OwnCluster::StandbyOf{*a_});
    primary_ = a_.get();
    standby_ = b_.get();
  }

  [[nodiscard]] std::string url() const {
    return fmt::format(
        "postgresql://postgres@127.0.0.1:{},127.0.0.1:{}/cams?target_session_attrs=read-write"
        "&connect_timeout=2",
        a_->port(), b_->port());
  }
  // Stopped (fast: sessions cut) and started again after `down`.
  void restartPrimary(std::chrono::milliseconds down) {
    primary_->stop();
    std::this_thread::sleep_for(down);
    primary_->start();
  }
  // Whether the pair is whole again: the primary takes writes and its synchronous standby streams
  // (after a restart the standby reconnects on its own retry interval, and commits wait for it).
  [[nodiscard]] bool whole() const {
    try {
      return primary_->scalar(
                 "SELECT count(*)::int FROM pg_stat_replication "
                 "WHERE state = 'streaming'") == 1;
    } catch (const std::exception&) {
      return false;
    }
  }
  // The primary crashes, the standby is promoted, and the old primary rejoins as its standby.
  void failover() {
    primary_->crash();
    standby_->promote();
    std::swap(primary_, standby_);
    standby_->rejoinAsStandbyOf(*primary_);
  }

 private:
  std::unique_ptr<OwnCluster> a_;
  std::unique_ptr<OwnCluster> b_;
  OwnCluster* primary_ = nullptr;
  OwnCluster* standby_ = nullptr;
};

// The resident set of a process in KiB (0 when it is gone).
inline long residentKiB(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

// Daemon replicas of one config. Each start is an incarnation with its own output files; every
// incarnation is kept to the end, so its stderr can be searched for sanitizer reports.
class Replicas {
 public:
  struct Sample {
    std::chrono::steady_clock::time_point at;
    int replica;
    int incarnation;
    long rss_kib;
  };

  Replicas(E2e& rig, std::string config, int count) : rig_(rig), config_(std::move(config)) {
    for (int i = 0; i < count; ++i) {
      current_.push_back(-1);
      start(i);
    }
  }

  void start(int replica) {
    std::lock_guard lock(mutex_);
    const int incarnation = static_cast<int>(all_.size());
    all_.push_back(std::make_unique<Process>(
        binary(), std::vector<std::string>{"--config", config_}, environment(),
        rig_.dir().file(fmt::format("replica{}-{}", replica, incarnation))));
    current_[replica] = incarnation;
  }
  void kill(int replica) {
    std::lock_guard lock(mutex_);
    all_[current_[replica]]->signal(SIGKILL);
    (void)all_[current_[replica]]->wait(std::chrono::seconds(10));
    killed_.push_back(current_[replica]);
  }
  // A replica that exited without being killed (its stderr), or "".
  std::string unexpectedExit() {
    std::lock_guard lock(mutex_);
    for (std::size_t i = 0; i < all_.size(); ++i) {
      if (std::find(killed_.begin(), killed_.end(), static_cast<int>(i)) != killed_.end()) continue;
      if (!all_[i]->running()) return all_[i]->err();
    }
    return "";
  }
  // SIGTERM to every running replica; their exit codes.
  std::vector<int> stopAll() {
    std::lock_guard lock(mutex_);
    std::vector<int> codes;
    for (const int i : current_) all_[i]->signal(SIGTERM);
    for (const int i : current_)
      codes.push_back(all_[i]->wait(std::chrono::seconds(60)).value_or(-1));
    return codes;
  }
  void sample() {
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    for (std::size_t r = 0; r < current_.size(); ++r) {
      const long rss = residentKiB(all_[current_[r]]->pid());
      if (rss > 0) samples_.push_back({now, static_cast<int>(r), current_[r], rss});
    }
  }
  [[nodiscard]] std::vector<Sample> samples() const {
    std::lock_guard lock(mutex_);
    return samples_;
  }
  // Every incarnation's stderr.
  [[nodiscard]] std::vector<std::string> logs() const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> out;
    for (const auto& p : all_) out.push_back(p->err());
    return out;
  }

 private:
  // The rig's, and under ASan a quarantine of 8 MB instead of 256 (64 KB per thread instead of
  // 1 MB): it fills within seconds, so the memory the soak compares is the daemon's, not freed
  // blocks held back (with 32 MB and 1 MB per thread it was still filling: +8% in 3 minutes).
  std::map<std::string, std::string> environment() const {
    auto env = rig_.env();
    if (const char* asan = std::getenv("ASAN_OPTIONS"); asan != nullptr) {
      env["ASAN_OPTIONS"] =
          std::string(asan) + ":quarantine_size_mb=8:thread_local_quarantine_size_kb=64";
    }
    return env;
  }

  E2e& rig_;
  const std::string config_;
  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<Process>> all_;
  std::vector<int> current_;
  std::vector<int> killed_;
  std::vector<Sample> samples_;
};

// Changes the simulator's data as customers do: renames, status changes, removals, restores of
// removed groups, members joining and leaving. A group's members only grow or only shrink (its
// id decides which), so its count moves with every member change and a run always notices.
class DatasetChurn {
 public:
  DatasetChurn(sim::SimServer& sim, std::vector<E2eAccount> accounts, std::uint64_t seed)
      : sim_(sim), accounts_(std::move(accounts)), rng_(seed) {}

  // One change to a random group of a random account.
  void step() {
    const E2eAccount& a = accounts_[pick(accounts_.size())];
    const nlohmann::json snapshot = sim_.dataset().snapshot();
    for (const auto& account : snapshot["accounts"]) {
      if (account["cust_space_id"] != a.cust_space_id) continue;
      const auto& groups = account["groups"];
      if (groups.empty()) return;
      const nlohmann::json& g = groups[pick(groups.size())];
      const std::string id = g["GroupId"];
      nlohmann::json op;
      switch (pick(6)) {
        case 0:
          op = {
              {"op", "update"}, {"group_id", id}, {"set", {{"Subject", fmt::format("S{}", ++n_)}}}};
          break;
        case 1:
          op = {{"op", "update"},
                {"group_id", id},
                {"set", {{"GroupStatus", pick(2) == 0 ? "SUSPENDED" : "ACTIVE"}}}};
          break;
        case 2:
          removed_[a.cust_space_id].push_back(g);
          op = {{"op", "delete"}, {"group_id", id}};
          break;
        case 3: {
          auto& gone = removed_[a.cust_space_id];
          if (gone.empty()) return;
          op = {{"op", "add"}, {"group", gone.back()}};
          gone.pop_back();
          break;
        }
        default: {
          const auto members = account.find("participants");
          if (members == account.end()) return;
          const auto it = members->find(id);
          if (it == members->end()) return;
          const bool grows = std::hash<std::string>{}(id) % 2 == 0;
          if (!grows && it->size() < 2) return;
          op = grows ? nlohmann::json{{"op", "join"},
                                      {"group_id", id},
                                      {"numbers", {fmt::format("8619{:08d}", ++n_)}}}
                     : nlohmann::json{{"op", "leave"}, {"group_id", id}, {"numbers", {it->back()}}};
        }
      }
      (void)sim_.dataset().mutate({a.cust_space_id, a.business_number},
                                  nlohmann::json::array({op}));
      ++changes_;
      return;
    }
  }
  [[nodiscard]] int changes() const { return changes_; }

 private:
  std::size_t pick(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
  }

  sim::SimServer& sim_;
  const std::vector<E2eAccount> accounts_;
  std::mt19937_64 rng_;
  std::map<std::string, std::vector<nlohmann::json>> removed_;
  int n_ = 0;
  int changes_ = 0;
};

}  // namespace cgs::testing
