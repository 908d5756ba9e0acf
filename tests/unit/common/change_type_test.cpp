#include "common/change_type.h"

#include <gtest/gtest.h>

#include <set>

namespace cgs {
namespace {

TEST(ChangeType, EveryTypeHasOneNameThatLeadsBackToIt) {
  std::set<std::string_view> names;
  for (const ChangeTypeInfo& info : kChangeTypes) {
    EXPECT_TRUE(names.insert(info.name).second) << info.name << " twice";
    EXPECT_EQ(changeTypeNamed(info.name), info.type) << info.name;
    EXPECT_EQ(changeTypeName(info.type), info.name);
    EXPECT_FALSE(info.resource.empty()) << info.name;
  }
  EXPECT_EQ(changeTypeNamed("participant_joined"), ChangeType::kParticipantJoined);
  EXPECT_EQ(changeTypeNamed("Added"), std::nullopt);
  EXPECT_EQ(changeTypeNamed(""), std::nullopt);
  EXPECT_EQ(changeTypeNames(), (std::vector<std::string>{"added", "updated", "removed", "restored",
                                                         "participant_joined", "participant_left"}))
      << "the webhooks' default events, in the registry's order";
}

TEST(ChangeType, ATallyCountsEachTypeApart) {
  ChangeTally a;
  a[ChangeType::kAdded] = 3;
  a[ChangeType::kParticipantLeft] = 2;
  ChangeTally b;
  b[ChangeType::kAdded] = 1;
  b[ChangeType::kRestored] = 4;
  a += b;
  EXPECT_EQ(a[ChangeType::kAdded], 4);
  EXPECT_EQ(a[ChangeType::kRestored], 4);
  EXPECT_EQ(a[ChangeType::kParticipantLeft], 2);
  EXPECT_EQ(a[ChangeType::kUpdated], 0);
  EXPECT_EQ(a.total(), 10);
}

}  // namespace
}  // namespace cgs
