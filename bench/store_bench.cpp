// Applies a listing of N groups to a fresh mirror three times — initial load, unchanged resync,
// 1% changed (renames, status changes, removals, additions) — and prints, per step, wall time,
// groups/s, rows inserted/updated/deleted in chat_groups and chat_group_changes
// (pg_stat_user_tables deltas) and WAL bytes. One JSON object per line.
//   cams-store-bench --database-url URL [--groups 100000] [--schema bench_store]
#include <chrono>
#include <iostream>
#include <thread>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "common/crypto.h"
#include "sim_dataset.h"
#include "store/listing_apply.h"
#include "store/migrator.h"
#include "store/run_store.h"

namespace {

using nlohmann::json;

struct Stats {
  long long groups_ins = 0, groups_upd = 0, groups_del = 0, changes_ins = 0;
  long long wal = 0;
};

Stats readStats(const std::string& url, const std::string& schema) {
  pqxx::connection c(url);
  pqxx::nontransaction tx(c);
  Stats s;
  tx.exec("SELECT pg_stat_clear_snapshot()");
  for (const auto& r :
       tx.exec_params("SELECT relname, n_tup_ins, n_tup_upd + n_tup_hot_upd * 0, n_tup_del FROM "
                      "pg_stat_user_tables WHERE schemaname = $1",
                      schema)) {
    if (r[0].as<std::string>() == "chat_groups") {
      s.groups_ins = r[1].as<long long>();
      s.groups_upd = r[2].as<long long>();
      s.groups_del = r[3].as<long long>();
    } else if (r[0].as<std::string>() == "chat_group_changes") {
      s.changes_ins = r[1].as<long long>();
    }
  }
  s.wal = tx.exec1("SELECT pg_current_wal_lsn() - '0/0'::pg_lsn")[0].as<long long>();
  return s;
}

std::vector<cgs::ChatGroup> toGroups(const json& items) {
  std::vector<cgs::ChatGroup> out;
  out.reserve(items.size());
  for (const auto& it : items) {
    cgs::ChatGroup g;
    g.group_id = it["GroupId"];
    const auto str = [&](const char* k) -> std::optional<std::string> {
      if (!it.contains(k) || !it[k].is_string()) return std::nullopt;
      return it[k].get<std::string>();
    };
    g.subject = str("Subject");
    g.description = str("Description");
    g.invite_link = str("InviteLink");
    g.group_status = str("GroupStatus");
    g.profile_picture_file = str("ProfilePictureFile");
    g.raw = it.dump();
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string url, schema = "bench_store", migrations = CGS_SOURCE_DIR "/migrations";
  int groups = 100'000;
  CLI::App app{"cams-store-bench: the mirror's apply step on N groups"};
  app.add_option("--database-url", url)->required();
  app.add_option("--groups", groups);
  app.add_option("--schema", schema);
  CLI11_PARSE(app, argc, argv);

  {
    pqxx::connection c(url);
    pqxx::nontransaction tx(c);
    tx.exec("DROP SCHEMA IF EXISTS " + tx.quote_name(schema) + " CASCADE");
  }
  cgs::Connection conn(url, schema);
  const auto files = cgs::loadMigrations(migrations);
  (void)cgs::migrate(conn, files);
  const int version = cgs::latestVersion(files);
  json items = cgs::sim::generateDataset({1, groups, 42})["accounts"][0]["groups"];
  const std::string cs = "cams-sim-0001", bn = "8613800000001";

  const auto step = [&](const std::string& name, const json& listing) {
    const Stats before = readStats(url, schema);
    const auto listing_groups = toGroups(listing);
    const auto started = std::chrono::steady_clock::now();
    const std::string run_id = cgs::newUuid();
    cgs::startRun(conn, {run_id, "bench", cs, bn, "once", "bench", 0});
    cgs::RunEnd end{cgs::RunStatus::kSucceeded, 0, {}, {}, "", ""};
    {
      const auto apply =
          cgs::ListingApply::open(conn, {run_id, "bench", cs, bn, version, {}}, true);
      for (const auto& g : listing_groups) apply->add(g, false);  // distinct GroupIds
      (void)apply->seal(true);
      (void)apply->checkRemovals();  // as an account run does
      end.counts = apply->merge(true);
      apply->commit(end);
    }
    const cgs::ChangeCounts& counts = end.counts;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    {  // a backend flushes its statistics at most once a second unless told to
      pqxx::nontransaction tx(conn.get());
      tx.exec("SELECT pg_stat_force_next_flush()");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const Stats after = readStats(url, schema);
    std::cout << json{{"step", name},
                      {"groups", listing.size()},
                      {"seconds", std::round(seconds * 1000) / 1000},
                      {"groups_per_s", std::round(static_cast<double>(listing.size()) / seconds)},
                      {"added", counts.added},
                      {"updated", counts.updated},
                      {"removed", counts.removed},
                      {"unchanged", counts.unchanged},
                      {"chat_groups_inserted", after.groups_ins - before.groups_ins},
                      {"chat_groups_updated", after.groups_upd - before.groups_upd},
                      {"chat_groups_deleted", after.groups_del - before.groups_del},
                      {"changes_inserted", after.changes_ins - before.changes_ins},
                      {"wal_bytes", after.wal - before.wal}}
                     .dump()
              << std::endl;
  };
  step("initial", items);
  step("noop", items);
  // 1%: a quarter each of renames, status changes, removals, additions.
  const std::size_t quarter = items.size() / 400;
  json changed = json::array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    json g = items[i];
    if (i < quarter) {
      g["Subject"] = g["Subject"].get<std::string>() + " (renamed)";
    } else if (i < 2 * quarter) {
      g["GroupStatus"] = g["GroupStatus"] == "ACTIVE" ? "SUSPENDED" : "ACTIVE";
    } else if (i < 3 * quarter) {
      continue;  // removed
    }
    changed.push_back(std::move(g));
  }
  for (std::size_t i = 0; i < quarter; ++i) {
    changed.push_back({{"GroupId", fmt::format("NEW-{:08d}", i)},
                       {"Subject", "Added"},
                       {"GroupStatus", "ACTIVE"}});
  }
  step("one_percent_changed", changed);
  return 0;
}
