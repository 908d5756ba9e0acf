#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pqxx/transaction_base>

#include "store/outbox_store.h"

namespace cgs {

// What a run writes under, whichever resource it writes: the run, its account, the schema
// version this binary knows and the webhooks that take the account's events.
struct WriteScope {
  std::string run_id;
  std::string account_name;
  std::string cust_space_id;
  std::string business_number;
  int schema_version = 0;  // the latest migration this binary knows: it writes to no newer schema
  std::vector<WebhookSubscription> webhooks;  // whose outbox gets the write's events at commit
};

// The opening and the closing every write to the mirror shares, inside the writer's own
// transaction (each resource's store owns its statements in between):
//   open()  the account's merge lock (one writer of an account at a time, across replicas), the
//           schema check (never a write to a newer release's schema), and the change-id mark;
//   close() every change recorded since the mark into the subscribed webhooks' outboxes, and a
//           NOTIFY on cams_group_changes (the schema, account and run, and `summary`) when
//           something changed. Both commit with the writer's transaction, or neither.
class MirrorWrite {
 public:
  MirrorWrite(pqxx::transaction_base& tx, const std::string& schema, const WriteScope& scope)
      : tx_(tx), schema_(schema), scope_(scope) {}

  void open();
  [[nodiscard]] bool opened() const { return opened_; }
  // The database's clock as text: the time a write stamps its rows and changes with.
  [[nodiscard]] std::string now();
  void close(const nlohmann::json& summary, bool changed);

 private:
  pqxx::transaction_base& tx_;
  const std::string& schema_;
  const WriteScope& scope_;
  bool opened_ = false;
  std::int64_t change_mark_ = 0;
};

}  // namespace cgs
