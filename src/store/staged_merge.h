#pragma once

#include <optional>
#include <string>

#include "store/listing_apply.h"
#include "store/present_groups.h"

namespace cgs {

// The listing of an account the mirror has rows of: groups stream into the temporary table
// cgs_stage with COPY as pages arrive, and merge() works set-based in SQL against the mirror.
// An item whose raw digest equals its present group's (store/present_groups.h) is unchanged and
// is not staged: a no-op listing sends PostgreSQL nothing per group.
class StagedMerge final : public ListingApply {
 public:
  // `lock`: take the account's merge lock now, before the present groups are read (not for a dry
  // run, which writes nothing and takes no lock).
  StagedMerge(Connection& connection, WriteScope scope, bool lock);
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
  // The items listed: staged ones and unchanged ones.
  [[nodiscard]] std::int64_t listed();
  // The present GroupIds no item named, as a JSON array, when unchanged items were not staged
  // (the removal statement then names them); nullopt when the stage has every listed item.
  [[nodiscard]] std::optional<std::string> unlistedIds();

  std::unique_ptr<CopyWriter> stream_;
  PresentGroups present_;
};

}  // namespace cgs
