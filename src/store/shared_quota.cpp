#include "store/shared_quota.h"

#include <pqxx/pqxx>

#include "store/database_error.h"

namespace cgs {
namespace {

// $2: how long after the database's now the block may start at the earliest; $3: its length
// (seconds). Returns the block's start relative to the database's now, in seconds.
constexpr const char* kReserve = R"(
INSERT INTO api_quota_slots AS q (credential_set, next_slot)
VALUES ($1, clock_timestamp() + make_interval(secs => $2) + make_interval(secs => $3))
ON CONFLICT (credential_set) DO UPDATE
  SET next_slot = greatest(q.next_slot, clock_timestamp() + make_interval(secs => $2))
                  + make_interval(secs => $3)
RETURNING extract(epoch FROM q.next_slot - clock_timestamp())::float8 - $3)";

constexpr const char* kHold = R"(
INSERT INTO api_quota_slots AS q (credential_set, next_slot)
VALUES ($1, clock_timestamp() + make_interval(secs => $2))
ON CONFLICT (credential_set) DO UPDATE
  SET next_slot = greatest(q.next_slot, clock_timestamp() + make_interval(secs => $2)))";

double secondsFrom(SteadyTime from, SteadyTime to) {
  return std::max(0.0, std::chrono::duration<double>(to - from).count());
}

class SharedLedger final : public QuotaLedger {
 public:
  SharedLedger(std::shared_ptr<SharedQuota> quota, std::string credential_set)
      : quota_(std::move(quota)), credential_set_(std::move(credential_set)) {}
  SteadyTime reserve(SteadyTime not_before, std::chrono::nanoseconds length) override {
    return quota_->reserve(credential_set_, not_before, length);
  }
  void holdUntil(SteadyTime until) override { quota_->holdUntil(credential_set_, until); }

 private:
  std::shared_ptr<SharedQuota> quota_;
  std::string credential_set_;
};

}  // namespace

SharedQuota::SharedQuota(std::string conninfo, std::string schema, Clock& clock)
    : connection_(std::move(conninfo), std::move(schema)), clock_(clock) {}

std::shared_ptr<QuotaLedger> SharedQuota::ledger(const std::string& credential_set) {
  return std::make_shared<SharedLedger>(shared_from_this(), credential_set);
}

void SharedQuota::connect() {
  std::lock_guard lock(mutex_);
  (void)connection_.get();
}

template <typename F>
auto SharedQuota::withSession(F&& f) {
  try {
    return withDatabaseErrors([&] { return f(connection_.get()); });
  } catch (const DatabaseError& e) {
    connection_.reset();  // the next call connects again
    throw QuotaUnavailable(
        e.what(), std::make_exception_ptr(
                      e.withMessage(std::string("the shared API quota's ledger: ") + e.what())));
  }
}

SteadyTime SharedQuota::reserve(const std::string& credential_set, SteadyTime not_before,
                                std::chrono::nanoseconds length) {
  std::lock_guard lock(mutex_);
  return withSession([&](pqxx::connection& session) {
    // Timed from here: connecting (in get()) is not part of the round trip.
    const SteadyTime asked = clock_.now();
    pqxx::nontransaction tx(session);
    const double offset = tx.exec_params1(kReserve, credential_set, secondsFrom(asked, not_before),
                                          std::chrono::duration<double>(length).count())[0]
                              .as<double>();
    const SteadyTime answered = clock_.now();
    const SteadyTime db_now = asked + (answered - asked) / 2;
    return db_now + std::chrono::duration_cast<std::chrono::nanoseconds>(
                        std::chrono::duration<double>(offset));
  });
}

void SharedQuota::holdUntil(const std::string& credential_set, SteadyTime until) {
  std::lock_guard lock(mutex_);
  withSession([&](pqxx::connection& session) {
    pqxx::nontransaction tx(session);
    tx.exec_params(kHold, credential_set, secondsFrom(clock_.now(), until));
  });
}

}  // namespace cgs
