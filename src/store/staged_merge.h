#pragma once

#include "store/listing_apply.h"

namespace cgs {

// The listing of an account the mirror has rows of: groups stream into the temporary table
// cgs_stage with COPY as pages arrive, and merge() works set-based in SQL against the mirror.
class StagedMerge final : public ListingApply {
 public:
  StagedMerge(Connection& connection, WriteScope scope);
  ~StagedMerge() override;
  StagedMerge(const StagedMerge&) = delete;
  StagedMerge& operator=(const StagedMerge&) = delete;

  void add(const ChatGroup& group, bool repeated) override;
  void restart() override;
  [[nodiscard]] std::int64_t seal(bool complete) override;
  [[nodiscard]] RemovalCheck checkRemovals() override;
  [[nodiscard]] ChangeCounts merge(bool remove_absent) override;

  // The session's staging tables (once per session, before the transaction).
  static void prepare(Connection& connection);

 private:
  void openStream();
  void closeStream() override;

  std::unique_ptr<pqxx::stream_to> stream_;
};

}  // namespace cgs
