#pragma once

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../integration/pg_harness.h"
#include "process.h"
#include "sim_server.h"

namespace cgs::testing {

// (group_id, xmin, ctid) of every mirror row: equal before and after means nothing was written.
inline std::vector<std::string> tupleVersions(TestSchema& s) {
  std::vector<std::string> out;
  for (const auto& r :
       s.query("SELECT group_id || xmin::text || ctid::text FROM chat_groups ORDER BY 1")) {
    out.push_back(r[0].as<std::string>());
  }
  return out;
}

inline std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The bytes as lower-case hex (cams-sim's raw fault takes its body as body_hex).
inline std::string hexOf(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (const unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

// Writes a secret file as an operator must: mode 0600 (the daemon refuses one group or others may
// read).
inline void writeSecretFile(const std::string& path, const std::string& content) {
  std::ofstream(path) << content;
  ::chmod(path.c_str(), 0600);
}

// A size parameter of a long scenario from the environment (CI runs them small; see README).
inline int envInt(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::atoi(v) : fallback;
}

inline constexpr const char* kE2eKey = "LTAI5tEndToEndKey";
inline constexpr const char* kE2eSecret = "e2e-Secret-Value-9f8e7d";

// The daemon under test: this build's, or CGS_E2E_BINARY (scripts/test.sh points it at the TSan
// build's daemon, so the same tests drive an instrumented daemon without instrumenting them).
inline std::string binary() {
  const char* other = std::getenv("CGS_E2E_BINARY");
  return other != nullptr && *other != '\0' ? other : CGS_BINARY_DIR "/src/cams-groupsync";
}

// A scratch directory for one test's config, logs and outputs.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "cgs-e2e-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct E2eAccount {
  std::string name;
  std::string cust_space_id;
  std::string business_number;
  std::string extra;  // more YAML lines for the account (filters, credentials, interval)
};

// Everything an end-to-end test needs: a migrated-on-demand schema, an in-process cams-sim on
// loopback, a config file pointing at both, and the environment holding the credentials.
class E2e {
 public:
  explicit E2e(const nlohmann::json& dataset, double sim_qps = 0) {
    sim::SimOptions o;
    o.credentials = {{kE2eKey, kE2eSecret, ""}};
    o.qps = sim_qps;
    sim_ = std::make_unique<sim::SimServer>(o);
    sim_->loadData(dataset);  // the accounts, and the inventory discovery lists
    sim_->start();
  }

  sim::SimServer& sim() { return *sim_; }
  // The database URL written into later configs (default: the test cluster as its superuser).
  void setDatabaseUrl(std::string url) { database_url_ = std::move(url); }
  // api.qps written into later configs (default 200).
  void setApiQps(int qps) { api_qps_ = qps; }
  // database.migrations_dir written into later configs (default: none, the source tree's): a
  // directory with fewer or more migrations stands for an older or newer release.
  void setMigrationsDir(std::string dir) { migrations_dir_ = std::move(dir); }
  TestSchema& schema() { return schema_; }
  TempDir& dir() { return dir_; }

  static std::vector<E2eAccount> accountsOf(const nlohmann::json& dataset) {
    std::vector<E2eAccount> out;
    int i = 0;
    for (const auto& a : dataset["accounts"]) {
      out.push_back({fmt::format("acct-{}", ++i), a["cust_space_id"], a["business_number"], ""});
    }
    return out;
  }

  // Writes the config (mode 0600) and returns its path.
  std::string writeConfig(const std::vector<E2eAccount>& accounts, const std::string& extra = "",
                          const std::string& name = "config.yaml") {
    std::string yaml =
        fmt::format(R"(database:
  url: "{}"
  schema: {}{}
api:
  endpoint: {}
  scheme: http
  connect_timeout: 2s
  request_timeout: 5s
  page_size: 50
  qps: {}
  max_attempts: 4
{}
)",
                    database_url_, schema_.name(),
                    migrations_dir_.empty() ? "" : "\n  migrations_dir: " + migrations_dir_,
                    sim_->endpoint(), api_qps_, extra);
    if (!accounts.empty()) yaml += "accounts:\n";  // none: a discovery-only config
    for (const auto& a : accounts) {
      yaml += fmt::format("  - name: {}\n    cust_space_id: {}\n    business_number: \"{}\"\n{}",
                          a.name, a.cust_space_id, a.business_number, a.extra);
    }
    const std::string path = dir_.file(name);
    std::ofstream(path) << yaml;
    ::chmod(path.c_str(), 0600);
    return path;
  }

  std::map<std::string, std::string> env() const {
    return {{"ALIBABA_CLOUD_ACCESS_KEY_ID", kE2eKey},
            {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", kE2eSecret},
            {"ALIBABA_CLOUD_SECURITY_TOKEN", ""}};
  }

  Completed run(const std::vector<std::string>& args, const std::string& tag = "run") {
    return runToEnd(binary(), args, env(), dir_.file(tag + std::to_string(++runs_)));
  }

  std::unique_ptr<Process> start(const std::vector<std::string>& args, const std::string& tag) {
    return std::make_unique<Process>(binary(), args, env(), dir_.file(tag));
  }

  // The mirror's listed groups of one account: group_id -> raw item.
  std::map<std::string, nlohmann::json> mirror(const std::string& cust_space_id) {
    std::map<std::string, nlohmann::json> out;
    for (const auto& r : schema_.query("SELECT group_id, raw::text FROM current_chat_groups WHERE "
                                       "cust_space_id = '" +
                                       cust_space_id + "'")) {
      out[r[0].as<std::string>()] = nlohmann::json::parse(r[1].as<std::string>());
    }
    return out;
  }

  // The simulator's groups of one account (optionally filtered by status): group_id -> item.
  std::map<std::string, nlohmann::json> simGroups(const std::string& cust_space_id,
                                                  const std::string& status = "") {
    std::map<std::string, nlohmann::json> out;
    const nlohmann::json snapshot = sim_->dataset().snapshot();
    for (const auto& a : snapshot["accounts"]) {
      if (a["cust_space_id"] != cust_space_id) continue;
      for (const auto& g : a["groups"]) {
        if (!status.empty() && g.value("GroupStatus", "") != status) continue;
        out[g["GroupId"].get<std::string>()] = g;
      }
    }
    return out;
  }

  // Polls `condition` every 100 ms until it holds or `timeout` passes. A condition that throws is
  // not true yet (a table the daemon has not migrated yet, a server not up yet); the last call,
  // at the deadline, lets its exception through.
  template <typename F>
  static bool eventually(F condition, std::chrono::seconds timeout = std::chrono::seconds(30)) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      try {
        if (condition()) return true;
      } catch (const std::exception&) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return condition();
  }

 private:
  TestSchema schema_{/*migrated=*/false};
  TempDir dir_;
  std::unique_ptr<sim::SimServer> sim_;
  std::string database_url_ = testDatabaseUrl();
  std::string migrations_dir_;
  int api_qps_ = 200;
  int runs_ = 0;
};

// A migrations directory holding the source tree's first `count` migrations (and `extra`, a
// migration of a release newer than this one, when given).
inline std::string migrationsOf(const TempDir& dir, std::size_t count,
                                const std::string& extra = "") {
  const std::filesystem::path out =
      dir.file("migrations-" + std::to_string(count) + (extra.empty() ? "" : "+"));
  std::filesystem::create_directories(out);
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(migrationsDir())) {
    if (e.path().extension() == ".sql") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (std::size_t i = 0; i < count && i < files.size(); ++i) {
    std::filesystem::copy_file(files[i], out / files[i].filename());
  }
  if (!extra.empty()) std::ofstream(out / "9001_newer_release.sql") << extra;
  return out.string();
}

// A fixture with one generated account of 230 groups (5 pages of E2e's 50), served by cams-sim,
// and its config written.
class OneAccountTest : public ::testing::Test {
 protected:
  explicit OneAccountTest(std::uint64_t seed) : data(sim::generateDataset({1, 230, seed})) {}

  nlohmann::json data;
  E2e t{data};
  std::string cfg = t.writeConfig(E2e::accountsOf(data));
  std::string cs = data["accounts"][0]["cust_space_id"];
};

}  // namespace cgs::testing
