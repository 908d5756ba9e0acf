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
  EXPECT_EQ(defaultEventNames(),
            (std::vector<std::string>{"added", "updated", "removed", "restored",
                                      "participant_joined", "participant_left"}))
      << "the webhooks' default events (the first release's), in the registry's order";
  EXPECT_EQ(changeTypeNames().size(), kChangeTypes.size());
  EXPECT_EQ(changeTypeNamed("phone_number_updated"), ChangeType::kPhoneNumberUpdated);
}

TEST(ChangeType, TheNumbersTypesAreOptInAndStoredUnderTheirOwnTable) {
  for (const ChangeTypeInfo& info : kChangeTypes) {
    if (info.resource != "numbers") continue;
    EXPECT_FALSE(info.by_default) << info.name << ": existing receivers must see nothing new";
    EXPECT_EQ(info.table, "phone_number_changes");
    EXPECT_EQ("phone_number_" + std::string(info.stored), info.name);
  }
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
