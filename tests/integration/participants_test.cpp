// Group members end to end without the binary: SyncWorker runs against a real PostgreSQL and an
// in-process cams-sim over loopback HTTP, with participants enabled for the account.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "store/participant_store.h"
#include "sync_fixture.h"

namespace cgs::testing {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

constexpr const char* kSpace = kSimSpace;
constexpr const char* kNumber = kSimNumber;
constexpr const char* kKeyVariable = "CGS_TEST_PSEUDONYMIZE_KEY";
constexpr const char* kKey = "0123456789abcdef-test-key";

class ParticipantsTest : public ::testing::Test {
 protected:
  ParticipantsTest()
      : sim_(startSim(sim::generateDataset({1, 30, 5, true}))),
        config_(syncTestConfig(schema_, *sim_)) {
    config_.accounts[0].participants = true;
    env_ = syncTestEnvironment(std::make_shared<const Config>(config_), clock_, random_, stop_,
                               [](const std::string& name) -> std::optional<std::string> {
                                 if (name == kKeyVariable) return kKey;
                                 return std::nullopt;
                               });
  }

  RunReport run(RunOptions options = {"once", false, false}) {
    auto config = std::make_shared<const Config>(config_);
    env_.config = config;
    env_.limiters = testLimiters(*config, clock_);
    return worker_.run(config->accounts.front(), env_, options);
  }
  void mutate(const json& ops) { (void)sim_->dataset().mutate({kSpace, kNumber}, ops); }
  std::vector<std::string> members(const std::string& group_id) {
    const auto page = sim_->dataset().members({kSpace, kNumber}, group_id, 1, 1000);
    return page.numbers;
  }
  std::vector<std::string> groupIds() {
    std::vector<std::string> out;
    for (const auto& item : sim_->dataset().page({kSpace, kNumber}, "", "", 1, 1000).items) {
      out.push_back(json::parse(item)["GroupId"]);
    }
    return out;
  }
  int count(const std::string& sql) { return schema_.scalar<int>(sql); }
  std::string text(const std::string& sql) { return schema_.scalar<std::string>(sql); }
  int totalMembers() {
    int n = 0;
    for (const auto& id : groupIds()) n += static_cast<int>(members(id).size());
    return n;
  }
  // The member requests the simulator answered since `since`, by group.
  std::multiset<std::string> memberRequests(long since) {
    std::multiset<std::string> out;
    for (const auto& e : sim_->log(since)) {
      if (e.action == "ListChatGroupParticipants") out.insert(e.group_id);
    }
    return out;
  }
  long logMark() {
    const auto entries = sim_->log();
    return entries.empty() ? 0 : entries.back().seq;
  }
  // Every membership row, as "group number left?" for comparing states.
  std::string memberships() {
    std::string out;
    for (const auto& r :
         schema_.query("SELECT group_id || ' ' || participant_number || ' ' || (left_at IS NULL) "
                       "FROM chat_group_participants ORDER BY 1")) {
      out += r[0].as<std::string>() + "\n";
    }
    return out;
  }

  TestSchema schema_;
  std::unique_ptr<sim::SimServer> sim_;
  Config config_;
  RealClock clock_;
  RealRandom random_;
  StopSignal stop_;
  SyncEnvironment env_;
  SyncWorker worker_{testDatabaseUrl(), schema_.name()};
};

TEST_F(ParticipantsTest, FirstRefreshRecordsEveryMemberAsJoinedAndASteadyAccountSpendsNothing) {
  const RunReport first = run();
  ASSERT_EQ(first.status, RunStatus::kSucceeded) << first.error_message;
  const int total = totalMembers();
  EXPECT_EQ(first.participants.counts.groups, 30);
  EXPECT_EQ(first.participants.counts.joined, total);
  EXPECT_EQ(first.participants.requests, 30);
  EXPECT_EQ(count("SELECT count(*) FROM current_chat_group_participants"), total);
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_changes WHERE change_type = "
                  "'participant_joined'"),
            total);
  const std::string id = groupIds().front();
  const std::string number = members(id).front();
  EXPECT_EQ(text("SELECT changed_fields::text FROM chat_group_changes WHERE change_type = "
                 "'participant_joined' AND changed_fields->'ParticipantNumber'->>'new' = '" +
                 number + "'"),
            R"({"ParticipantNumber": {"new": ")" + number + R"(", "old": null}})");
  EXPECT_EQ(text("SELECT participant_requests || ' ' || participant_groups_refreshed || ' ' || "
                 "participants_joined || ' ' || participants_left || ' ' || "
                 "coalesce(participant_error_code, '-') || ' ' || cardinality(request_ids) "
                 "FROM sync_runs"),
            "30 30 " + std::to_string(total) + " 0 - 33");

  const long mark = logMark();
  const std::string checks = text(
      "SELECT string_agg(checked_at::text, ',' ORDER BY group_id) "
      "FROM chat_group_participant_checks");
  const int history = count("SELECT count(*) FROM chat_group_changes");
  const RunReport steady = run();
  ASSERT_TRUE(steady.ok());
  EXPECT_EQ(steady.participants.requests, 0) << "no member request until refresh comes due";
  EXPECT_TRUE(memberRequests(mark).empty());
  EXPECT_EQ(text("SELECT string_agg(checked_at::text, ',' ORDER BY group_id) "
                 "FROM chat_group_participant_checks"),
            checks);
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_changes"), history);
}

TEST_F(ParticipantsTest, JoinLeaveAndRejoinMakeATimelineAndOnlyChangedGroupsAreAsked) {
  ASSERT_TRUE(run().ok());
  const auto ids = groupIds();
  const std::string g = ids[3];
  const std::string goes = members(g)[1];
  const std::string first_seen =
      text("SELECT first_seen_at::text FROM chat_group_participants WHERE participant_number = '" +
           goes + "'");
  mutate(json::array({{{"op", "leave"}, {"group_id", g}, {"numbers", {goes}}},
                      {{"op", "join"}, {"group_id", g}, {"numbers", {"8699900000001"}}}}));
  // Same count after a leave and a join: nothing tells the mirror, so nothing is asked.
  long mark = logMark();
  ASSERT_TRUE(run().ok());
  EXPECT_TRUE(memberRequests(mark).empty());

  mutate(json::array({{{"op", "join"}, {"group_id", g}, {"numbers", {"8699900000002"}}}}));
  mark = logMark();
  const RunReport r = run();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(memberRequests(mark), std::multiset<std::string>{g}) << "the group whose count moved";
  EXPECT_EQ(r.participants.counts.joined, 2);
  EXPECT_EQ(r.participants.counts.left, 1);
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_participants WHERE left_at IS NOT NULL AND "
                  "participant_number = '" +
                  goes + "'"),
            1);
  EXPECT_EQ(text("SELECT changed_fields::text FROM chat_group_changes WHERE change_type = "
                 "'participant_left'"),
            R"({"ParticipantNumber": {"new": null, "old": ")" + goes + R"("}})");

  // The number comes back: its membership row again, first seen when it first was.
  mutate(json::array({{{"op", "join"}, {"group_id", g}, {"numbers", {goes}}}}));
  ASSERT_TRUE(run().ok());
  EXPECT_EQ(text("SELECT first_seen_at::text || ' ' || (left_at IS NULL) FROM "
                 "chat_group_participants WHERE participant_number = '" +
                 goes + "'"),
            first_seen + " true");
  EXPECT_EQ(text("SELECT string_agg(change_type, ',' ORDER BY change_id) FROM chat_group_changes "
                 "WHERE changed_fields->'ParticipantNumber' @> jsonb_build_object('new', '" +
                 goes + "') OR changed_fields->'ParticipantNumber' @> jsonb_build_object('old', '" +
                 goes + "')"),
            "participant_joined,participant_left,participant_joined");
  EXPECT_EQ(
      count("SELECT count(*) FROM current_chat_group_participants WHERE group_id = '" + g + "'"),
      static_cast<int>(members(g).size()));
}

// Found walking the operator's path: the log said duration_ms=30314, sync_runs 0.14 s, because
// finished_at was written before the member refresh.
TEST_F(ParticipantsTest, TheRunRecordEndsWhenItsMemberRefreshEnds) {
  ASSERT_TRUE(run().ok());
  EXPECT_EQ(count("SELECT count(*) FROM sync_runs r WHERE r.finished_at < (SELECT max(checked_at) "
                  "FROM chat_group_participant_checks c WHERE c.run_id = r.run_id)"),
            0);
  EXPECT_GT(count("SELECT count(*) FROM chat_group_participant_checks"), 0);
}

TEST_F(ParticipantsTest, MembershipsLeftLongAgoArePrunedOnlyWithARetention) {
  ASSERT_TRUE(run().ok());
  const int all = count("SELECT count(*) FROM chat_group_participants");
  ASSERT_GT(all, 3);
  schema_.query(
      "UPDATE chat_group_participants SET left_at = now() - interval '400 days' WHERE ctid IN "
      "(SELECT ctid FROM chat_group_participants LIMIT 2)");
  schema_.query(
      "UPDATE chat_group_participants SET left_at = now() - interval '1 day' WHERE left_at IS "
      "NULL AND ctid IN (SELECT ctid FROM chat_group_participants WHERE left_at IS NULL LIMIT 1)");
  Connection c = schema_.connect();
  EXPECT_EQ(pruneLeftMembers(c, Millis{0}), 0) << "0 keeps them";
  EXPECT_EQ(pruneLeftMembers(c, std::chrono::hours(24 * 365)), 2);
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_participants"), all - 2);
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_participants WHERE left_at IS NOT NULL"), 1);
}

TEST_F(ParticipantsTest, SmallBudgetRefreshesNewGroupsThenChangedCountsThenTheOldestChecks) {
  ASSERT_TRUE(run().ok());
  const auto ids = groupIds();
  // Due: three groups checked long ago (the oldest first), and everything else recent.
  schema_.query(
      "UPDATE chat_group_participant_checks SET checked_at = now() - interval '3 days' "
      "WHERE group_id = '" +
      ids[10] + "'");
  schema_.query(
      "UPDATE chat_group_participant_checks SET checked_at = now() - interval '2 days' "
      "WHERE group_id IN ('" +
      ids[11] + "', '" + ids[12] + "')");
  // Changed counts: two groups.
  mutate(json::array({{{"op", "join"}, {"group_id", ids[20]}, {"numbers", {"8699900000020"}}},
                      {{"op", "join"}, {"group_id", ids[21]}, {"numbers", {"8699900000021"}}}}));
  // New: one group added with members.
  mutate(json::array({{{"op", "add"}, {"group", {{"GroupId", "GNEW"}, {"Subject", "new"}}}},
                      {{"op", "join"}, {"group_id", "GNEW"}, {"numbers", {"8699900000099"}}}}));
  config_.participants.max_requests_per_run = 4;
  long mark = logMark();
  const RunReport r = run();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.participants.requests, 4);
  EXPECT_EQ(memberRequests(mark), (std::multiset<std::string>{"GNEW", ids[20], ids[21], ids[10]}));
  mark = logMark();
  ASSERT_TRUE(run().ok());
  EXPECT_EQ(memberRequests(mark), (std::multiset<std::string>{ids[11], ids[12]}))
      << "the rest of the due groups, next run";
}

TEST_F(ParticipantsTest, MemberRequestsShareTheListingsQuotaAndNeverExceedIt) {
  sim_->setQps(12);  // the server's limit, per key, as the gateway counts it
  config_.api.qps = 12;
  const RunReport r = run();
  ASSERT_TRUE(r.ok()) << r.error_message;
  EXPECT_EQ(r.participants.counts.groups, 30);
  int throttled = 0;
  for (const auto& e : sim_->log()) throttled += e.code == "Throttling.User";
  EXPECT_EQ(throttled, 0);
  EXPECT_LE(sim_->maxPerSecond().at(kSimKey), 12);
}

TEST_F(ParticipantsTest, ACountTheMemberListNeverMatchesIsCheckedOnceNotEveryRun) {
  ASSERT_TRUE(run().ok());
  const std::string g = groupIds()[7];
  // The API's count includes someone its member list does not (the business number, say).
  mutate(
      json::array({{{"op", "update"}, {"group_id", g}, {"set", {{"TotalParticipantCount", 99}}}}}));
  long mark = logMark();
  ASSERT_TRUE(run().ok());
  EXPECT_EQ(memberRequests(mark), std::multiset<std::string>{g}) << "the count moved: checked";
  mark = logMark();
  ASSERT_TRUE(run().ok());
  EXPECT_TRUE(memberRequests(mark).empty()) << "same count as at the last check: not again";
}

TEST_F(ParticipantsTest, KeyDeniedTheActionStillSyncsGroupsRecordsTheErrorAndBacksOff) {
  sim_->setForbidden(kSimKey, kSpace, "ListChatGroupParticipants", true);
  const RunReport r = run();
  EXPECT_EQ(r.status, RunStatus::kSucceeded) << r.error_message;
  EXPECT_EQ(r.counts.added, 30) << "the groups are synced";
  EXPECT_EQ(r.participants.error_code, "Forbidden.RAM");
  EXPECT_FALSE(r.participants.error_request_id.empty());
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_participants"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_participant_checks"), 0);
  EXPECT_EQ(text("SELECT status || ' ' || participant_error_code || ' ' || "
                 "participant_error_request_id FROM sync_runs"),
            "succeeded Forbidden.RAM " + r.participants.error_request_id);
  EXPECT_LE(r.participants.requests, 4) << "stops at the denial, does not spend the budget";
  EXPECT_EQ(text("SELECT denials || ' ' || error_code || ' ' || "
                 "(retry_after > now() + interval '9 minutes') FROM participant_backoff"),
            "1 Forbidden.RAM true");

  const long mark = logMark();
  const RunReport next = run();
  EXPECT_TRUE(next.ok());
  EXPECT_TRUE(next.participants.backing_off);
  EXPECT_TRUE(memberRequests(mark).empty()) << "no request while backing off";

  // Allowed again once the backoff passed: members arrive and the backoff is forgotten.
  sim_->setForbidden(kSimKey, kSpace, "ListChatGroupParticipants", false);
  schema_.query("UPDATE participant_backoff SET retry_after = now() - interval '1 second'");
  const RunReport back = run();
  EXPECT_EQ(back.participants.counts.groups, 30);
  EXPECT_EQ(count("SELECT count(*) FROM participant_backoff"), 0);
}

TEST_F(ParticipantsTest, ApiNotEnabledForTheAccountIsADenialToo) {
  json data = sim_->dataset().snapshot();
  data["accounts"][0]["participants_no_access"] = true;
  sim_->dataset().replace(data);
  const RunReport r = run();
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.participants.error_code, "Authentication.NoAuth");
  EXPECT_EQ(count("SELECT denials FROM participant_backoff"), 1);
}

TEST_F(ParticipantsTest, InconsistentMemberListingsApplyNothingForThatGroupOnly) {
  const auto ids = groupIds();
  const std::string big = ids[0];
  std::vector<std::string> numbers;
  for (int i = 0; i < 25; ++i) numbers.push_back("86777000000" + std::to_string(10 + i));
  mutate(json::array({{{"op", "join"}, {"group_id", big}, {"numbers", numbers}}}));
  // Total changes between pages: a member joins right after page 1 is served.
  sim_->faults().set(json{
      {"rules",
       {{{"kind", "mutate_after_page"},
         {"action", "ListChatGroupParticipants"},
         {"group_id", big},
         {"page", 1},
         {"times", 1},
         {"mutation", {{{"op", "join"}, {"group_id", big}, {"numbers", {"8677700000099"}}}}}}}}});
  // And a duplicated number in another group's listing.
  json data = sim_->dataset().snapshot();
  const std::string dup = ids[1];
  auto& list = data["accounts"][0]["participants"][dup];
  list.push_back(list[0]);
  sim_->dataset().replace(data);
  // (replace keeps the fault plan; the count now says one more than the distinct numbers)

  const RunReport r = run();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.participants.counts.groups, 28);
  EXPECT_EQ(r.participants.groups_skipped, 2);
  EXPECT_EQ(r.participants.error_code, "Participants.Inconsistent");
  for (const auto& g : {big, dup}) {
    EXPECT_EQ(count("SELECT count(*) FROM chat_group_participants WHERE group_id = '" + g + "'"), 0)
        << g;
    EXPECT_EQ(
        count("SELECT count(*) FROM chat_group_participant_checks WHERE group_id = '" + g + "'"), 0)
        << g;
  }
  // Consistent again: the next run takes the big group (it is due, never checked).
  sim_->faults().clear();
  const RunReport next = run();
  EXPECT_GE(next.participants.counts.groups, 1);
  EXPECT_EQ(
      count("SELECT count(*) FROM current_chat_group_participants WHERE group_id = '" + big + "'"),
      static_cast<int>(members(big).size()));
}

TEST_F(ParticipantsTest, PseudonymizedNumbersNeverReachTheDatabase) {
  config_.participants.pseudonymize_key.env = kKeyVariable;
  ASSERT_TRUE(run().ok());
  const auto ids = groupIds();
  mutate(json::array(
      {{{"op", "leave"}, {"group_id", ids[2]}, {"numbers", {members(ids[2])[0]}}},
       {{"op", "join"}, {"group_id", ids[2]}, {"numbers", {"8699900000777", "8699900000778"}}}}));
  const RunReport r = run();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.participants.counts.joined, 2);
  EXPECT_EQ(r.participants.counts.left, 1) << "same key, same value: a leave still matches";
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_participants WHERE participant_number !~ "
                  "'^hmac-sha256:[0-9a-f]{64}$'"),
            0);
  const std::string everything = text(
      "SELECT (SELECT string_agg(p::text, '|') FROM chat_group_participants p) || "
      "(SELECT string_agg(c::text, '|') FROM chat_group_changes c) || "
      "(SELECT string_agg(s::text, '|') FROM sync_runs s) || "
      "(SELECT coalesce(string_agg(k::text, '|'), '') FROM chat_group_participant_checks k)");
  std::vector<std::string> numbers{"8699900000777", "8699900000778"};
  for (const auto& id : ids) {
    for (const auto& n : members(id)) numbers.push_back(n);
  }
  for (const auto& n : numbers) EXPECT_EQ(everything.find(n), std::string::npos) << n;
}

TEST_F(ParticipantsTest, KeyThatCannotBeReadStoresNoNumberAtAll) {
  config_.participants.pseudonymize_key.env = "CGS_TEST_UNSET_KEY";
  const RunReport r = run();
  EXPECT_TRUE(r.ok()) << "the groups are synced";
  EXPECT_EQ(r.participants.error_code, "Participants.KeyUnavailable");
  EXPECT_EQ(r.participants.requests, 0);
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_participants"), 0);
}

TEST_F(ParticipantsTest,
       RemovedGroupsKeepTheirMembersAndMemberChangesNeverTripTheMassRemovalGuard) {
  ASSERT_TRUE(run().ok());
  const auto ids = groupIds();
  const int before = count("SELECT count(*) FROM chat_group_participants WHERE group_id = '" +
                           ids[5] + "' AND left_at IS NULL");
  mutate(json::array({{{"op", "delete"}, {"group_id", ids[5]}}}));
  long mark = logMark();
  ASSERT_TRUE(run().ok());
  EXPECT_EQ(memberRequests(mark).count(ids[5]), 0u) << "a removed group is not refreshed";
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_participants WHERE group_id = '" + ids[5] +
                  "' AND left_at IS NULL"),
            before)
      << "the group went, not the people";
  EXPECT_EQ(count("SELECT count(*) FROM current_chat_group_participants WHERE group_id = '" +
                  ids[5] + "'"),
            0);

  // Every member of most groups leaves: many member events, no group removal, nothing held.
  json ops = json::array();
  for (std::size_t i = 6; i < ids.size(); ++i) {
    ops.push_back({{"op", "leave"}, {"group_id", ids[i]}, {"numbers", members(ids[i])}});
  }
  mutate(ops);
  const RunReport r = run();
  EXPECT_EQ(r.status, RunStatus::kSucceeded) << r.error_message;
  EXPECT_GT(r.participants.counts.left, 50);
  EXPECT_EQ(r.counts.removed, 0);

  // The group comes back: restored groups are refreshed first, members current again.
  mutate(json::array({{{"op", "add"}, {"group", {{"GroupId", ids[5]}, {"Subject", "back"}}}}}));
  mark = logMark();
  const RunReport restored = run();
  EXPECT_EQ(restored.counts.restored, 1);
  EXPECT_EQ(memberRequests(mark).count(ids[5]), 1u);
}

TEST_F(ParticipantsTest, DryRunShowsMemberChangesAndWritesNothing) {
  const RunReport r = run({"once", true, false});
  ASSERT_TRUE(r.ok()) << r.error_message;
  int joined = 0;
  for (const auto& c : r.changes) joined += c.change_type == "participant_joined";
  EXPECT_EQ(joined, totalMembers());
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_participants"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_changes"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM chat_group_participant_checks"), 0);
}

TEST_F(ParticipantsTest, AsOfQueriesIgnoreMemberEvents) {
  ASSERT_TRUE(run().ok());
  const std::string at = text("SELECT clock_timestamp()::text");
  const std::string before = text(
      "SELECT string_agg(group_id || ':' || raw::text || ':' || last_changed_at::text, ',' "
      "ORDER BY group_id) FROM chat_groups_as_of('" +
      at + "')");
  const auto ids = groupIds();
  mutate(json::array({{{"op", "leave"}, {"group_id", ids[0]}, {"numbers", {members(ids[0])[0]}}}}));
  ASSERT_EQ(run().participants.counts.left, 1);
  EXPECT_EQ(text("SELECT string_agg(group_id || ':' || raw::text || ':' || last_changed_at::text, "
                 "',' ORDER BY group_id) FROM chat_groups_as_of('" +
                 at + "')"),
            before);
}

}  // namespace
}  // namespace cgs::testing
