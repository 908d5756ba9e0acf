#include "store/inventory_store.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "common/text_sanitizer.h"
#include "store/database_error.h"

namespace cgs {
namespace {

// The listing arrives as three jsonb parameters ($1 instances [{cust_space_id, raw}], $2 numbers
// [{cust_space_id, raw}], $3 the answered spaces); the modelled columns are read from `raw` here
// only. A row is written only when its raw item differs (jsonb equality: key order and number
// spelling do not count) or it comes back: an unchanged inventory writes nothing.
constexpr const char* kListedInstances = R"(
  SELECT DISTINCT ON (i ->> 'cust_space_id', i -> 'raw' ->> 'InstanceId')
         i ->> 'cust_space_id' AS cust_space_id, i -> 'raw' ->> 'InstanceId' AS instance_id,
         i -> 'raw' AS raw
  FROM jsonb_array_elements($1::jsonb) AS i)";

// Instances have no history: added, changed and gone ones are counted only.
const std::string kApplyInstances = std::string("WITH listed AS (") + kListedInstances + R"(
), added AS (
  INSERT INTO instances (cust_space_id, instance_id, instance_name, channel_type, state, raw,
                         first_seen_at, last_changed_at)
  SELECT l.cust_space_id, l.instance_id, l.raw ->> 'InstanceName', l.raw ->> 'ChannelType',
         l.raw ->> 'State', l.raw, $2::timestamptz, $2::timestamptz
  FROM listed l
  WHERE NOT EXISTS (SELECT 1 FROM instances i
                    WHERE i.cust_space_id = l.cust_space_id AND i.instance_id = l.instance_id)
  RETURNING 1
), changed AS (
  UPDATE instances i
  SET instance_name = l.raw ->> 'InstanceName', channel_type = l.raw ->> 'ChannelType',
      state = l.raw ->> 'State', raw = l.raw, last_changed_at = $2::timestamptz, removed_at = NULL
  FROM listed l
  WHERE i.cust_space_id = l.cust_space_id AND i.instance_id = l.instance_id
    AND (i.raw IS DISTINCT FROM l.raw OR i.removed_at IS NOT NULL)
  RETURNING 1
), gone AS (
  UPDATE instances i SET removed_at = $2::timestamptz, last_changed_at = $2::timestamptz
  WHERE i.removed_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM listed l
                    WHERE l.cust_space_id = i.cust_space_id AND l.instance_id = i.instance_id)
  RETURNING 1
)
SELECT (SELECT count(*) FROM added) + (SELECT count(*) FROM changed) + (SELECT count(*) FROM gone))";

// Numbers: added, changed (updated, or restored when it was gone), and gone: listed no more by a
// space that answered, or of a space no listed instance names. Each change goes to the history
// with the top-level fields of `raw` that differ as {"Field": {"old": .., "new": ..}}.
const std::string kApplyNumbers = std::string("WITH instances_listed AS (") + kListedInstances +
                                  R"(
), listed AS (
  SELECT n ->> 'cust_space_id' AS cust_space_id, n -> 'raw' ->> 'PhoneNumber' AS phone_number,
         n -> 'raw' AS raw
  FROM jsonb_array_elements($2::jsonb) AS n
), answered AS (
  SELECT jsonb_array_elements_text($3::jsonb) AS cust_space_id
), added AS (
  INSERT INTO phone_numbers (cust_space_id, phone_number, status, quality_rating,
                             messaging_limit_tier, verified_name, raw, first_seen_at,
                             last_changed_at)
  SELECT l.cust_space_id, l.phone_number, l.raw ->> 'Status', l.raw ->> 'QualityRating',
         l.raw ->> 'MessagingLimitTier', l.raw ->> 'VerifiedName', l.raw, $4::timestamptz,
         $4::timestamptz
  FROM listed l
  WHERE NOT EXISTS (SELECT 1 FROM phone_numbers p
                    WHERE p.cust_space_id = l.cust_space_id AND p.phone_number = l.phone_number)
  RETURNING cust_space_id, phone_number
), changed AS (
  SELECT p.cust_space_id, p.phone_number, p.raw AS old_raw, l.raw AS new_raw,
         p.removed_at IS NOT NULL AS was_gone
  FROM phone_numbers p
  JOIN listed l ON l.cust_space_id = p.cust_space_id AND l.phone_number = p.phone_number
  WHERE p.raw IS DISTINCT FROM l.raw OR p.removed_at IS NOT NULL
), updated AS (
  UPDATE phone_numbers p
  SET status = c.new_raw ->> 'Status', quality_rating = c.new_raw ->> 'QualityRating',
      messaging_limit_tier = c.new_raw ->> 'MessagingLimitTier',
      verified_name = c.new_raw ->> 'VerifiedName', raw = c.new_raw,
      last_changed_at = $4::timestamptz, removed_at = NULL
  FROM changed c
  WHERE p.cust_space_id = c.cust_space_id AND p.phone_number = c.phone_number
  RETURNING 1
), gone AS (
  UPDATE phone_numbers p SET removed_at = $4::timestamptz, last_changed_at = $4::timestamptz
  WHERE p.removed_at IS NULL
    AND (p.cust_space_id IN (SELECT cust_space_id FROM answered)
         OR p.cust_space_id NOT IN (SELECT cust_space_id FROM instances_listed))
    AND NOT EXISTS (SELECT 1 FROM listed l
                    WHERE l.cust_space_id = p.cust_space_id AND l.phone_number = p.phone_number)
  RETURNING p.cust_space_id, p.phone_number
), history AS (
  INSERT INTO phone_number_changes (run_id, cust_space_id, phone_number, change_type,
                                    changed_fields, changed_at)
  SELECT $5::uuid, a.cust_space_id, a.phone_number, 'added', NULL::jsonb, $4::timestamptz
  FROM added a
  UNION ALL
  SELECT $5::uuid, c.cust_space_id, c.phone_number,
         CASE WHEN c.was_gone THEN 'restored' ELSE 'updated' END,
         (SELECT jsonb_object_agg(k, jsonb_build_object('old', c.old_raw -> k, 'new', c.new_raw -> k))
          FROM (SELECT jsonb_object_keys(c.old_raw) UNION SELECT jsonb_object_keys(c.new_raw))
               AS keys (k)
          WHERE c.old_raw -> k IS DISTINCT FROM c.new_raw -> k),
         $4::timestamptz
  FROM changed c
  UNION ALL
  SELECT $5::uuid, g.cust_space_id, g.phone_number, 'removed', NULL::jsonb, $4::timestamptz
  FROM gone g
  RETURNING change_type
)
SELECT change_type, count(*) FROM history GROUP BY change_type)";

constexpr const char* kKnownNumbers = R"(
SELECT p.cust_space_id, p.phone_number, coalesce(p.status, ''), coalesce(p.quality_rating, ''),
       coalesce(p.messaging_limit_tier, ''), p.removed_at IS NULL,
       EXISTS (SELECT 1 FROM sync_runs r
               WHERE r.account_name = p.cust_space_id || '/' || p.phone_number)
FROM phone_numbers p
ORDER BY p.cust_space_id, p.phone_number)";

// Under the discovery lock a pass still `running` belongs to a process that died.
constexpr const char* kAbortRunning = R"(
UPDATE discovery_runs SET status = 'aborted', finished_at = clock_timestamp(),
       error_code = 'Aborted', error_message = 'the process running it ended before it finished'
WHERE status = 'running')";

constexpr const char* kStartRun = R"(
INSERT INTO discovery_runs (run_id, credentials, trigger, host, pid, started_at, status)
VALUES ($1::uuid, $2, $3, $4, $5, clock_timestamp(), 'running'))";

constexpr const char* kFinishRun = R"(
UPDATE discovery_runs SET
  status = $2, finished_at = clock_timestamp(), instances = $3, spaces = $4, spaces_failed = $5,
  numbers = $6, added = $7, updated = $8, removed = $9, restored = $10,
  requests = jsonb_array_length($11::jsonb), first_request_id = $11::jsonb ->> 0,
  last_request_id = $11::jsonb ->> -1, error_code = nullif($12, ''),
  error_message = nullif($13, '')
WHERE run_id = $1::uuid)";

constexpr const char* kLatestRun = R"(
SELECT status, extract(epoch FROM clock_timestamp() - started_at)::float8,
       coalesce(instances, 0), coalesce(spaces, 0), coalesce(spaces_failed, 0),
       coalesce(numbers, 0), coalesce(error_code, '')
FROM discovery_runs ORDER BY started_at DESC LIMIT 1)";

constexpr const char* kSinceLastListing = R"(
SELECT extract(epoch FROM clock_timestamp() - max(finished_at)) * 1000 FROM discovery_runs
WHERE status IN ('succeeded', 'incomplete'))";

std::string clean(const std::string& s) { return repairText(s).value_or(s); }

void finish(pqxx::transaction_base& tx, const std::string& run_id, const DiscoveryRunEnd& end) {
  const auto& c = end.changes;
  tx.exec_params(kFinishRun, run_id, std::string(runStatusName(end.status)), end.instances,
                 end.spaces, end.spaces_failed, end.numbers, c[ChangeType::kPhoneNumberAdded],
                 c[ChangeType::kPhoneNumberUpdated], c[ChangeType::kPhoneNumberRemoved],
                 c[ChangeType::kPhoneNumberRestored], nlohmann::json(end.request_ids).dump(),
                 clean(end.error_code), clean(end.error_message));
}

// The change type of the numbers' history the registry files under a stored name.
std::optional<ChangeType> numberChangeStored(const std::string& stored) {
  for (const auto& t : kChangeTypes) {
    if (t.table == "phone_number_changes" && t.stored == stored) return t.type;
  }
  return std::nullopt;
}

}  // namespace

bool inventoryExists(Connection& connection) {
  return withDatabaseErrors([&] {
    pqxx::read_transaction tx(connection.get());
    return tx.exec1("SELECT to_regclass('discovery_runs') IS NOT NULL")[0].as<bool>();
  });
}

std::string discoveredAccountName(const std::string& cust_space_id,
                                  const std::string& phone_number) {
  return cust_space_id + "/" + phone_number;
}

InventoryChanges InventoryStore::apply(const InventoryListing& listing, const WriteScope& scope,
                                       const DiscoveryRunEnd& end) {
  nlohmann::json instances = nlohmann::json::array();
  for (const auto& i : listing.instances) {
    instances.push_back(
        {{"cust_space_id", i.cust_space_id}, {"raw", nlohmann::json::parse(i.raw)}});
  }
  nlohmann::json numbers = nlohmann::json::array();
  for (const auto& n : listing.numbers) {
    numbers.push_back(
        {{"cust_space_id", n.cust_space_id}, {"raw", nlohmann::json::parse(n.number.raw)}});
  }
  const std::string instances_text = instances.dump();
  return withDatabaseErrors([&] {
    pqxx::work tx(connection_.get());
    MirrorWrite write(tx, connection_.schema(), scope);
    write.open();
    const std::string now = write.now();
    InventoryChanges changes;
    changes.instances_written =
        tx.exec_params1(kApplyInstances, instances_text, now)[0].as<std::int64_t>();
    for (const auto& row :
         tx.exec_params(kApplyNumbers, instances_text, numbers.dump(),
                        nlohmann::json(listing.answered).dump(), now, scope.run_id)) {
      if (auto type = numberChangeStored(row[0].as<std::string>())) {
        changes.numbers[*type] = row[1].as<std::int64_t>();
      }
    }
    DiscoveryRunEnd recorded = end;
    recorded.changes = changes.numbers;
    finish(tx, scope.run_id, recorded);
    nlohmann::json summary{{"numbers", {}}};
    for (const auto& t : kChangeTypes) {
      if (t.table == "phone_number_changes")
        summary["numbers"][std::string(t.name)] = changes.numbers[t.type];
    }
    write.close(summary, changes.rowsWritten() > 0);
    tx.commit();
    return changes;
  });
}

std::vector<KnownNumber> InventoryStore::knownNumbers() {
  return withDatabaseErrors([&] {
    pqxx::read_transaction tx(connection_.get());
    std::vector<KnownNumber> out;
    for (const auto& row : tx.exec(kKnownNumbers)) {
      out.push_back({row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
                     row[3].as<std::string>(), row[4].as<std::string>(), row[5].as<bool>(),
                     row[6].as<bool>()});
    }
    return out;
  });
}

void InventoryStore::startRun(const DiscoveryRunStart& run) {
  withDatabaseErrors([&] {
    pqxx::work tx(connection_.get());
    tx.exec(kAbortRunning);
    tx.exec_params(kStartRun, run.run_id, run.credentials, run.trigger, run.host, run.pid);
    tx.commit();
  });
}

void InventoryStore::finishRunAlone(const std::string& run_id, const DiscoveryRunEnd& end) {
  withDatabaseErrors([&] {
    pqxx::work tx(connection_.get());
    finish(tx, run_id, end);
    tx.commit();
  });
}

std::optional<DiscoverySummary> InventoryStore::latestRun() {
  return withDatabaseErrors([&]() -> std::optional<DiscoverySummary> {
    pqxx::read_transaction tx(connection_.get());
    const auto rows = tx.exec(kLatestRun);
    if (rows.empty()) return std::nullopt;
    const auto& r = rows[0];
    return DiscoverySummary{r[0].as<std::string>(),  r[1].as<double>(),
                            r[2].as<std::int64_t>(), r[3].as<std::int64_t>(),
                            r[4].as<std::int64_t>(), r[5].as<std::int64_t>(),
                            r[6].as<std::string>()};
  });
}

std::optional<Millis> InventoryStore::sinceLastListing() {
  return withDatabaseErrors([&]() -> std::optional<Millis> {
    pqxx::read_transaction tx(connection_.get());
    const auto row = tx.exec1(kSinceLastListing);
    if (row[0].is_null()) return std::nullopt;
    return Millis{static_cast<std::int64_t>(row[0].as<double>())};
  });
}

}  // namespace cgs
