#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "cams/quota_ledger.h"
#include "runtime/clock.h"
#include "store/connection.h"

namespace cgs {

// The API quota every replica of a mirror shares (schema 5): each credential set's QuotaLedger is
// its row in api_quota_slots, and a block is reserved with one statement that moves the row's
// next_slot on by the block's length. Times are the database's clock, turned into this process's
// steady clock at the middle of the round trip, so replicas on different hosts agree to within
// half a round trip. One session for every credential set of the process, on its own connection
// (reservations never wait behind a run's transaction). Thread-safe.
class SharedQuota : public std::enable_shared_from_this<SharedQuota> {
 public:
  SharedQuota(std::string conninfo, std::string schema, Clock& clock);

  // The ledger of one credential set (the set's name in the config: replicas that share a
  // database and a credential set's name share its quota).
  [[nodiscard]] std::shared_ptr<QuotaLedger> ledger(const std::string& credential_set);

  // Opens the session now (the daemon does at start, so that its workers' sessions never leave
  // it none under a connection limit). Throws DatabaseError.
  void connect();

  // Throw QuotaUnavailable when the database cannot be reached (the next call connects again).
  SteadyTime reserve(const std::string& credential_set, SteadyTime not_before,
                     std::chrono::nanoseconds length);
  void holdUntil(const std::string& credential_set, SteadyTime until);

 private:
  // Runs f(session) with the lock held; a failure resets the session and becomes QuotaUnavailable.
  template <typename F>
  auto withSession(F&& f);

  std::mutex mutex_;
  Connection connection_;
  Clock& clock_;
};

}  // namespace cgs
