#pragma once
// The store fixture: a migrated schema of its own, and one run's store steps as an account run
// takes them. Shared by the store's integration tests.
#include <gtest/gtest.h>

#include <optional>

#include <nlohmann/json.hpp>

#include "cams/list_chat_group.h"
#include "cams/seen_group_ids.h"
#include "pg_harness.h"
#include "store/listing_apply.h"
#include "store/run_store.h"
#include "sync/run_outcome.h"

namespace cgs::testing {

inline ChatGroup group(const std::string& id, const std::string& subject,
                       const std::string& status = "ACTIVE",
                       nlohmann::json extra = nlohmann::json::object()) {
  nlohmann::json raw = extra;
  raw["GroupId"] = id;
  raw["Subject"] = subject;
  raw["GroupStatus"] = status;
  raw["InviteLink"] = "https://chat.whatsapp.com/" + id;
  // The item goes through the real parser, so the modelled fields are what a sync would stage.
  const nlohmann::json response{{"RequestId", "REQ-FIXTURE"},
                                {"Code", "OK"},
                                {"Success", true},
                                {"Data", {{"Total", 1}, {"List", nlohmann::json::array({raw})}}}};
  auto page = parseListChatGroupResponse(200, response.dump());
  return std::get<ListChatGroupPage>(page).groups.at(0);
}

inline std::vector<ChatGroup> groups(int n, const std::string& prefix = "g") {
  std::vector<ChatGroup> out;
  for (int i = 0; i < n; ++i)
    out.push_back(group(prefix + std::to_string(i), "Subject " + std::to_string(i)));
  return out;
}

struct Account {
  std::string name = "acme";
  std::string cust_space_id = "cams-a";
  std::string business_number = "8613800000001";
};

struct ApplyPolicy {
  bool complete = true;
  bool allow_mass_removal = false;
  double max_removal_share = 0.5;
  bool dry_run = false;
};
struct ApplyResult {
  bool held = false;
  ChangeCounts counts;
  std::int64_t would_remove = 0;
  std::vector<ChangeRow> changes;
};

class Store : public ::testing::Test {
 protected:
  TestSchema schema;
  Connection conn = schema.connect();
  RealClock clock_;

  // One run's store steps in the order an account run takes them; the mass-removal rule is the
  // one the run applies (sync/run_outcome.h).
  ApplyResult apply(const std::vector<ChatGroup>& listing, ApplyPolicy policy = {},
                    const Account& a = {}, std::string* run_id_out = nullptr) {
    const std::string run_id = newUuid();
    if (run_id_out) *run_id_out = run_id;
    if (!policy.dry_run) {
      startRun(conn, {run_id, a.name, a.cust_space_id, a.business_number, "once", "test-host", 1});
    }
    auto apply = ListingApply::open(
        conn, WriteScope{run_id, a.name, a.cust_space_id, a.business_number, schemaVersion(), {}},
        !policy.dry_run);
    SeenGroupIds seen;  // flags repeats as the pager does
    for (const auto& g : listing) apply->add(g, !seen.insert(g.group_id));
    ApplyResult result;
    RunEnd end{policy.complete ? RunStatus::kSucceeded : RunStatus::kIncomplete,
               1,
               {},
               {"REQ-1", "REQ-2"},
               "",
               ""};
    end.counts.groups_seen = apply->seal(policy.complete);
    if (policy.complete) {
      const RemovalCheck check = apply->checkRemovals();
      result.would_remove = check.would_remove;
      result.held = !policy.allow_mass_removal && isMassRemoval(check, policy.max_removal_share);
    }
    if (result.held) {  // as the account run does: nothing applied, the record finished alone
      end.status = RunStatus::kHeld;
      end.error_code = "MassRemovalHeld";
      result.counts = end.counts;
      apply.reset();  // rolls back what was staged
      if (!policy.dry_run) finishRunAlone(conn, run_id, end);
      return result;
    }
    result.counts = apply->merge(policy.complete);
    if (policy.dry_run) {
      result.changes = apply->changes();
      return result;
    }
    end.counts = result.counts;
    apply->commit(end);
    return result;
  }

  // (xmin, ctid) of every mirror row: equal before and after means nothing was written.
  std::vector<std::string> tupleVersions() {
    std::vector<std::string> out;
    for (const auto& r : schema.query("SELECT group_id || ':' || xmin::text || ':' || ctid::text "
                                      "FROM chat_groups ORDER BY group_id")) {
      out.push_back(r[0].as<std::string>());
    }
    return out;
  }
};

}  // namespace cgs::testing
