// A seeded chaos soak (scripts/chaos.sh; CI runs 3 minutes of it under ASan): two replicas sync
// 20 accounts (members on for half) through a multi-host URL to a primary with a synchronous
// standby, with two webhooks, while the simulator's data changes all the time. At random times
// from the seed: API errors, throttling, timeouts and inconsistent listings; a replica SIGKILLed
// and restarted; PostgreSQL restarted or failed over; a receiver down, slow, or refusing and then
// fixed with --redeliver. Then it quiesces and checks what must hold whatever happened:
//   (i) the mirror is the simulator's data, members included;
//   (ii) chat_groups_as_of(t) is the data at each quiet point t of the soak;
//   (iii) each receiver got every change exactly once after deduplication on event_id, in change
//        order per account (apart from the deliveries it refused, which --redeliver sends later),
//        every signature valid;
//   (iv) no run is left running, and once the faults stop no account goes longer than 3 intervals
//        without a success;
//   (v) the memory of a replica that ran throughout is as high in the last quarter as in the
//       second (within 10%);
//   (vi) no sanitizer report from any replica.
// CGS_CHAOS_SECONDS (default 180) and CGS_CHAOS_SEED (default: from the clock) size and seed it;
// the seed is printed first, so a failure reproduces with the same sequence of faults (and of
// data changes and API fault sets; where they fall in time follows the machine).
#include <gtest/gtest.h>

#include <atomic>
#include <iostream>
#include <random>
#include <set>

#include <pqxx/pqxx>

#include "chaos_receiver.h"
#include "chaos_rig.h"
#include "e2e_harness.h"

namespace cgs::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr int kAccounts = 20;
constexpr auto kInterval = 2s;
constexpr const char* kSecret = "chaos-webhook-secret-0123456789";

// Reads the mirror's schema on whichever cluster is primary now.
class Mirror {
 public:
  Mirror(std::string url, std::string schema) : url_(std::move(url)), schema_(std::move(schema)) {}

  [[nodiscard]] pqxx::result query(const std::string& sql) const {
    pqxx::connection c(url_);
    pqxx::nontransaction tx(c);
    tx.exec("SET search_path = " + tx.quote_name(schema_));
    return tx.exec(sql);
  }
  [[nodiscard]] long long scalar(const std::string& sql) const {
    return query(sql)[0][0].as<long long>();
  }

 private:
  std::string url_;
  std::string schema_;
};

// (cust_space_id, group_id) -> item, and (cust_space_id, group_id, number) of each membership.
struct Contents {
  std::map<std::pair<std::string, std::string>, json> groups;
  std::set<std::string> members;
  bool operator==(const Contents&) const = default;
};

Contents simContents(sim::SimServer& sim, const std::set<std::string>& with_members) {
  Contents out;
  const json snapshot = sim.dataset().snapshot();
  for (const auto& a : snapshot["accounts"]) {
    const std::string cs = a["cust_space_id"];
    std::set<std::string> listed;
    for (const auto& g : a["groups"]) {
      out.groups[{cs, g["GroupId"]}] = g;
      listed.insert(g["GroupId"]);
    }
    const auto members = a.find("participants");
    if (!with_members.contains(cs) || members == a.end()) continue;
    for (const auto& [group, numbers] : members->items()) {
      if (!listed.contains(group)) continue;
      for (const auto& n : numbers)
        out.members.insert(cs + " " + group + " " + n.get<std::string>());
    }
  }
  return out;
}

Contents mirrorContents(const Mirror& m, const std::string& groups_sql) {
  Contents out;
  for (const auto& r : m.query(groups_sql)) {
    out.groups[{r[0].as<std::string>(), r[1].as<std::string>()}] = json::parse(r[2].c_str());
  }
  for (const auto& r : m.query("SELECT cust_space_id || ' ' || group_id || ' ' || "
                               "participant_number FROM current_chat_group_participants")) {
    out.members.insert(r[0].as<std::string>());
  }
  return out;
}

// What differs between two contents, briefly, for a failure message.
std::string difference(const Contents& want, const Contents& got) {
  std::string out;
  int shown = 0;
  for (const auto& [key, item] : want.groups) {
    const auto it = got.groups.find(key);
    if ((it == got.groups.end() || it->second != item) && shown++ < 5) {
      out += fmt::format("group {} {}: want {} got {}\n", key.first, key.second, item.dump(),
                         it == got.groups.end() ? "nothing" : it->second.dump());
    }
  }
  for (const auto& [key, item] : got.groups) {
    if (!want.groups.contains(key) && shown++ < 10) out += "extra group " + key.second + "\n";
  }
  std::vector<std::string> only_want, only_got;
  std::set_difference(want.members.begin(), want.members.end(), got.members.begin(),
                      got.members.end(), std::back_inserter(only_want));
  std::set_difference(got.members.begin(), got.members.end(), want.members.begin(),
                      want.members.end(), std::back_inserter(only_got));
  out += fmt::format("members: {} missing, {} extra{}\n", only_want.size(), only_got.size(),
                     only_want.empty() ? "" : " (first missing: " + only_want.front() + ")");
  return out;
}

class Soak {
 public:
  Soak(std::uint64_t seed, std::chrono::seconds length)
      : seed_(seed),
        length_(length),
        rng_(seed),
        data_(sim::generateDataset({kAccounts, 60, seed, /*participants=*/true})),
        t_(data_),
        mirror_(pair_.url(), t_.schema().name()),
        churn_(t_.sim(), E2e::accountsOf(data_), seed + 1) {
    t_.setDatabaseUrl(pair_.url());
    auto accounts = E2e::accountsOf(data_);
    for (std::size_t i = 0; i < accounts.size(); i += 2) {
      accounts[i].extra = "    participants: true\n";
      with_members_.insert(accounts[i].cust_space_id);
    }
    const std::string secret_file = t_.dir().file("hook-secret");
    writeSecretFile(secret_file, std::string(kSecret) + "\n");
    std::string hooks = "webhooks:\n";
    for (const auto& [name, receiver] : {std::pair{"crm", &crm_}, std::pair{"erp", &erp_}}) {
      hooks += fmt::format(
          "  - name: {}\n    url: {}\n    secret_file: {}\n    timeout: 1s\n    max_batch: 50\n",
          name, receiver->url(), secret_file);
    }
    config_ = t_.writeConfig(
        accounts, hooks + fmt::format("schedule:\n  interval: {}s\n  jitter: 0\n  concurrency: 4\n"
                                      "participants:\n  refresh: 1m\n",
                                      kInterval.count()));
  }

  ~Soak() {
    stopWeather();
    stopSampling();
  }
  Soak(const Soak&) = delete;
  Soak& operator=(const Soak&) = delete;

  void run() {
    say(fmt::format("chaos seed {} for {} s, {} accounts", seed_, length_.count(), kAccounts));
    const auto migrated = t_.run({"--config", config_, "--migrate"});
    ASSERT_EQ(migrated.code, 0) << migrated.err;
    replicas_ = std::make_unique<Replicas>(t_, config_, 2);
    sampling_ = true;
    sampler_ = std::thread([this] {
      while (sampling_) {  // one sample a second: a period, not a wait for a condition
        replicas_->sample();
        std::this_thread::sleep_for(1s);
      }
    });
    ASSERT_TRUE(converge(120s)) << "first sync";

    started_ = Clock::now();
    const auto end = started_ + length_;
    std::vector<double> quiet_points{1.0 / 3, 2.0 / 3};
    startWeather();
    while (Clock::now() < end && !::testing::Test::HasFatalFailure()) {
      if (!quiet_points.empty() && Clock::now() >= started_ + length_ * quiet_points.front()) {
        quiet_points.erase(quiet_points.begin());
        stopWeather();
        quietPoint();
        startWeather();
        continue;
      }
      injectFault();
      const std::string died = replicas_->unexpectedExit();
      ASSERT_TRUE(died.empty()) << "a replica exited by itself:\n" << tail(died);
      std::this_thread::sleep_for(
          std::min<Clock::duration>(millis(2000, 6000), end - Clock::now()));
    }
    stopWeather();
    calm();
    // The last fault may have been a restart whose standby is not back yet: the faults stop when
    // the database is whole again.
    ASSERT_TRUE(E2e::eventually([&] { return pair_.whole(); }, 60s)) << "the standby's return";
    faults_stopped_at_ = mirror_.query("SELECT extract(epoch FROM now())")[0][0].as<double>();
    say(fmt::format("faults stopped; {} dataset changes, {} sets of API faults; injected: {}",
                    churn_.changes(), api_changes_.load(), injected()));
    ASSERT_TRUE(converge(180s)) << "(i) after the faults";
    redeliverDead();
    ASSERT_TRUE(E2e::eventually([&] { return receiversHaveEverything(); }, 180s))
        << "(iii) receivers: crm " << crm_.events().size() << " erp " << erp_.events().size()
        << " events for " << mirror_.scalar("SELECT count(*) FROM chat_group_changes")
        << " changes";
    std::this_thread::sleep_for(kInterval * 4);  // successes to measure (iv) on
    stopSampling();
    const auto codes = replicas_->stopAll();
    for (const int code : codes) EXPECT_EQ(code, 0) << "a replica's exit on SIGTERM";
    checkInvariants();
  }

 private:
  void say(const std::string& line) {
    std::cout << "[chaos +"
              << std::chrono::duration_cast<std::chrono::seconds>(
                     started_ == Clock::time_point{} ? 0s : Clock::now() - started_)
                     .count()
              << "s] " << line << std::endl;
  }
  Clock::duration millis(int lo, int hi) {
    return std::chrono::milliseconds(std::uniform_int_distribution<int>(lo, hi)(rng_));
  }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }

  // The weather, beside the faults: the data changes every 100-400 ms, the API's faults every
  // 3-8 s (its own random sequence, from the seed).
  void startWeather() {
    weather_on_ = true;
    weather_ = std::thread([this] {
      std::mt19937_64 rng(seed_ + 2);
      auto next_api = Clock::now() + 1s;
      while (weather_on_) {
        churn_.step();
        if (Clock::now() >= next_api) {
          changeApiFaults(rng);
          next_api = Clock::now() +
                     std::chrono::milliseconds(std::uniform_int_distribution<int>(3000, 8000)(rng));
        }
        std::this_thread::sleep_for(
            std::chrono::milliseconds(std::uniform_int_distribution<int>(100, 400)(rng)));
      }
    });
  }
  void stopSampling() {
    sampling_ = false;
    if (sampler_.joinable()) sampler_.join();
  }
  void stopWeather() {
    weather_on_ = false;
    if (weather_.joinable()) weather_.join();
  }

  // A new set of API faults, or none (one time in three).
  void changeApiFaults(std::mt19937_64& rng) {
    const auto maybe = [&](double p) { return std::bernoulli_distribution(p)(rng); };
    if (maybe(1.0 / 3)) {
      t_.sim().faults().clear();
      t_.sim().setQps(0);
      return;
    }
    json rules = json::array();
    const auto prob = [&](double hi) { return std::uniform_real_distribution<>(0.02, hi)(rng); };
    if (maybe(0.6)) rules.push_back({{"kind", "unavailable"}, {"probability", prob(0.2)}});
    if (maybe(0.4)) rules.push_back({{"kind", "internal"}, {"probability", prob(0.1)}});
    if (maybe(0.4)) rules.push_back({{"kind", "throttle"}, {"probability", prob(0.1)}});
    if (maybe(0.3)) {
      rules.push_back({{"kind", "timeout"}, {"delay_ms", 6000}, {"times", 2}, {"action", "*"}});
    }
    if (maybe(0.4)) {
      rules.push_back({{"kind", "mutate_after_page"}, {"page", 1}, {"times", 2}});
    }
    if (maybe(0.3))
      rules.push_back({{"kind", "unavailable"},
                       {"action", "ListChatGroupParticipants"},
                       {"probability", prob(0.3)}});
    t_.sim().faults().set({{"seed", seed_ + api_changes_}, {"rules", rules}});
    // The gateway's own throttling: fewer requests per second than the daemons send.
    t_.sim().setQps(maybe(0.3) ? 40 : 0);
    ++api_changes_;
  }

  // One fault of the infrastructure, held for a while, then repaired.
  void injectFault() {
    switch (std::uniform_int_distribution<int>(0, 5)(rng_)) {
      case 0: {
        // Only replica 1 is killed: replica 0 runs throughout, the witness of (v).
        constexpr int r = 1;
        replicas_->kill(r);
        count("replica SIGKILL");
        std::this_thread::sleep_for(millis(500, 3000));
        replicas_->start(r);
        break;
      }
      case 1:
        count("PostgreSQL restart");
        pair_.restartPrimary(
            std::chrono::duration_cast<std::chrono::milliseconds>(millis(500, 3000)));
        break;
      case 2:
        count("PostgreSQL failover");
        pair_.failover();
        break;
      case 3: {
        ChaosReceiver& r = chance(0.5) ? crm_ : erp_;
        count("receiver down");
        r.down();
        std::this_thread::sleep_for(millis(2000, 8000));
        r.up();
        break;
      }
      case 4: {
        ChaosReceiver& r = chance(0.5) ? crm_ : erp_;
        count("receiver slow");
        r.setMode(ChaosReceiver::Mode::kSlow);
        std::this_thread::sleep_for(millis(2000, 6000));
        r.setMode(ChaosReceiver::Mode::kWell);
        break;
      }
      default: {
        const bool first = chance(0.5);
        ChaosReceiver& r = first ? crm_ : erp_;
        count("receiver 401, then --redeliver");
        r.setMode(ChaosReceiver::Mode::kRefusing);
        std::this_thread::sleep_for(millis(1000, 4000));
        r.setMode(ChaosReceiver::Mode::kWell);
        // The refusals in flight are answered (and become dead deliveries) before the requeue;
        // one marked dead a moment later waits for the --redeliver at the end.
        (void)E2e::eventually([&] { return r.inFlight() == 0; }, 10s);
        const auto redelivered =
            t_.run({"--config", config_, "--redeliver", first ? "crm" : "erp"});
        if (redelivered.code != 0) say("--redeliver failed: " + redelivered.err);
      }
    }
  }
  void count(const std::string& kind) {
    ++injected_[kind];
    say(kind);
  }
  [[nodiscard]] std::string injected() const {
    std::string out;
    for (const auto& [kind, n] : injected_)
      out += fmt::format("{}{} x{}", out.empty() ? "" : ", ", kind, n);
    return out;
  }

  // No fault and no change from here on.
  void calm() {
    t_.sim().faults().clear();
    t_.sim().setQps(0);
    crm_.setMode(ChaosReceiver::Mode::kWell);
    erp_.setMode(ChaosReceiver::Mode::kWell);
    crm_.up();
    erp_.up();
  }

  // Waits until the mirror is the simulator's data (i).
  bool converge(std::chrono::seconds timeout) {
    Contents want, got;
    const bool ok = E2e::eventually(
        [&] {
          want = simContents(t_.sim(), with_members_);
          got = mirrorContents(mirror_,
                               "SELECT cust_space_id, group_id, raw::text FROM "
                               "current_chat_groups");
          return got == want;
        },
        timeout);
    if (!ok) say("not converged:\n" + difference(want, got));
    return ok;
  }

  // (ii) A moment the mirror holds still: the data then, and a time "as of" must answer it for.
  void quietPoint() {
    calm();
    say("quiet point");
    ASSERT_TRUE(converge(180s)) << "(i) at a quiet point";
    const std::string at = mirror_.query("SELECT now()::text")[0][0].c_str();
    // Every run that began before `at` has ended once each account has a later one: only then
    // may the data change again.
    ASSERT_TRUE(E2e::eventually(
        [&] {
          return mirror_.scalar(
                     "SELECT count(*) FROM (SELECT account_name FROM sync_runs GROUP BY "
                     "1 HAVING max(finished_at) FILTER (WHERE started_at > '" +
                     at + "') IS NOT NULL) x") == kAccounts;
        },
        120s));
    snapshots_.emplace_back(at, simContents(t_.sim(), with_members_));
  }

  // What an operator does once the receivers are fixed: --redeliver each webhook (tried again
  // while the database still refuses connections, as an operator would).
  void redeliverDead() {
    for (const char* hook : {"crm", "erp"}) {
      std::string err;
      EXPECT_TRUE(E2e::eventually(
          [&] {
            const auto r = t_.run({"--config", config_, "--redeliver", hook});
            err = r.err;
            return r.code == 0;
          },
          60s))
          << err;
    }
  }

  // Each change once per receiver after deduplication on event_id.
  bool receiversHaveEverything() {
    const long long changes = mirror_.scalar("SELECT count(*) FROM chat_group_changes");
    for (const ChaosReceiver* r : {&crm_, &erp_}) {
      std::set<std::string> ids;
      for (const auto& e : r->events()) ids.insert(e["event_id"].get<std::string>());
      if (static_cast<long long>(ids.size()) != changes) return false;
    }
    return true;
  }

  void checkInvariants() {
    // (i) once more, with the replicas stopped.
    EXPECT_TRUE(converge(10s)) << "(i)";
    // (ii)
    for (const auto& [at, want] : snapshots_) {
      const Contents got = mirrorContents(
          mirror_,
          "SELECT cust_space_id, group_id, raw::text FROM chat_groups_as_of('" + at + "')");
      EXPECT_EQ(got.groups, want.groups) << "(ii) as of " << at << ":\n" << difference(want, got);
    }
    // (iii)
    std::map<std::int64_t, std::string> accounts_of;
    for (const auto& r : mirror_.query("SELECT change_id, cust_space_id FROM chat_group_changes")) {
      accounts_of[r[0].as<std::int64_t>()] = r[1].as<std::string>();
    }
    for (const auto& [name, receiver] : {std::pair{"crm", &crm_}, std::pair{"erp", &erp_}}) {
      EXPECT_EQ(receiver->badSignatures(), 0) << name;
      std::map<std::string, std::int64_t> change_of_event;
      std::map<std::string, std::int64_t> last_of_account;
      const std::set<std::int64_t> refused = receiver->refused();
      int out_of_order = 0;
      for (const auto& e : receiver->events()) {
        const std::string id = e["event_id"];
        const std::int64_t change = e["change_id"];
        if (!change_of_event.emplace(id, change).second) continue;  // a repeat, deduplicated
        if (refused.contains(change)) continue;                     // redelivered later
        auto& last = last_of_account[e["cust_space_id"].get<std::string>()];
        if (change <= last) ++out_of_order;
        last = change;
      }
      std::map<std::int64_t, int> events_of_change;
      for (const auto& [event, change] : change_of_event) ++events_of_change[change];
      int twice = 0;
      int unknown = 0;
      for (const auto& [change, n] : events_of_change) {
        twice += n > 1 ? 1 : 0;
        unknown += accounts_of.contains(change) ? 0 : 1;
      }
      EXPECT_EQ(events_of_change.size(), accounts_of.size()) << name << ": every change";
      EXPECT_EQ(twice, 0) << name << ": a change under two event ids";
      EXPECT_EQ(unknown, 0) << name << ": an event of no change";
      EXPECT_EQ(out_of_order, 0) << name << ": events out of change order within an account";
    }
    // (iv)
    EXPECT_EQ(mirror_.scalar("SELECT count(*) FROM sync_runs WHERE status = 'running'"), 0);
    // Gaps in milliseconds between an account's successes, the first from the moment the faults
    // stopped; the worst account's runs are printed when it is over.
    const std::string gaps = fmt::format(
        "SELECT account_name, (extract(epoch FROM finished_at - coalesce(lag(finished_at) OVER "
        "(PARTITION BY account_name ORDER BY finished_at), to_timestamp({0}))) * 1000)::bigint "
        "AS gap FROM sync_runs WHERE status = 'succeeded' AND finished_at > to_timestamp({0})",
        faults_stopped_at_);
    const pqxx::result worst =
        mirror_.query("SELECT account_name, gap FROM (" + gaps + ") x ORDER BY gap DESC LIMIT 1");
    const long long worst_gap = worst.empty() ? 0 : worst[0][1].as<long long>();
    if (!worst.empty()) {
      say(fmt::format("the longest wait for a success since the faults stopped: {} ms ({})",
                      worst_gap, worst[0][0].c_str()));
    }
    EXPECT_LE(worst_gap, std::chrono::milliseconds(kInterval * 3).count())
        << "(iv) the longest an account went without a success once the faults stopped (ms), "
        << worst[0][0].c_str() << "; its runs from 10 s before:\n"
        << runsOf(worst[0][0].c_str(), faults_stopped_at_ - 10);
    EXPECT_EQ(mirror_.scalar(fmt::format("SELECT count(DISTINCT account_name) FROM sync_runs WHERE "
                                         "status = 'succeeded' AND finished_at > to_timestamp({})",
                                         faults_stopped_at_)),
              kAccounts);
    // (v) Replica 0 ran throughout: its memory in the last quarter against the second.
    const auto quarter = [&](int q) {
      long sum = 0;
      long n = 0;
      for (const auto& s : replicas_->samples()) {
        if (s.replica != 0 || s.at < started_ + length_ * (q - 1) / 4 ||
            s.at >= started_ + length_ * q / 4) {
          continue;
        }
        sum += s.rss_kib;
        ++n;
      }
      return n == 0 ? 0.0 : static_cast<double>(sum) / static_cast<double>(n);
    };
    say(fmt::format("replica 0 RSS: second quarter {:.0f} KiB, last quarter {:.0f} KiB", quarter(2),
                    quarter(4)));
    EXPECT_GT(quarter(2), 0.0);
    EXPECT_LE(quarter(4), quarter(2) * 1.10) << "(v)";
    // (vi)
    for (const auto& log : replicas_->logs()) {
      for (const char* report : {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer",
                                 "runtime error:", "WARNING: ThreadSanitizer"}) {
        EXPECT_EQ(log.find(report), std::string::npos) << "(vi) " << report << ":\n" << tail(log);
      }
    }
  }

  // An account's runs that finished after `since` (epoch seconds), a line each.
  [[nodiscard]] std::string runsOf(const std::string& account, double since) const {
    std::string out;
    for (const auto& r : mirror_.query(fmt::format(
             "SELECT to_char(started_at, 'HH24:MI:SS.MS'), to_char(finished_at, 'HH24:MI:SS.MS'), "
             "status, coalesce(error_code, ''), host || ':' || pid FROM sync_runs "
             "WHERE account_name = '{}' AND finished_at > to_timestamp({}) ORDER BY finished_at",
             account, since))) {
      out += fmt::format("  {} - {} {} {} {}\n", r[0].c_str(), r[1].c_str(), r[2].c_str(),
                         r[3].c_str(), r[4].c_str());
    }
    return out;
  }

  static std::string tail(const std::string& text) {
    return text.size() > 4000 ? text.substr(text.size() - 4000) : text;
  }

  const std::uint64_t seed_;
  const std::chrono::seconds length_;
  std::mt19937_64 rng_;
  ClusterPair pair_;
  json data_;
  E2e t_;
  Mirror mirror_;
  DatasetChurn churn_;
  ChaosReceiver crm_{kSecret};
  ChaosReceiver erp_{kSecret};
  std::set<std::string> with_members_;
  std::string config_;
  std::unique_ptr<Replicas> replicas_;
  Clock::time_point started_{};
  double faults_stopped_at_ = 0;  // epoch seconds, on the database's clock
  std::atomic<int> api_changes_{0};
  std::atomic<bool> weather_on_{false};
  std::atomic<bool> sampling_{false};
  std::thread sampler_;
  std::thread weather_;
  std::map<std::string, int> injected_;
  std::vector<std::pair<std::string, Contents>> snapshots_;
};

TEST(Chaos, SeededSoakKeepsEveryInvariant) {
  const auto seed = static_cast<std::uint64_t>(
      envInt("CGS_CHAOS_SEED", static_cast<int>(std::random_device{}() % 1'000'000)));
  Soak soak(seed, std::chrono::seconds(envInt("CGS_CHAOS_SECONDS", 180)));
  soak.run();
  if (::testing::Test::HasFailure()) std::cout << "chaos seed " << seed << " failed" << std::endl;
}

}  // namespace
}  // namespace cgs::testing
