#include "cams/seen_group_ids.h"

#include <gtest/gtest.h>

#include <string>

namespace cgs {
namespace {

std::string id(int i) { return "1203630" + std::to_string(i) + "@g.us"; }

TEST(SeenGroupIds, EachIdIsNewOnceWhateverTheRunLayout) {
  SeenGroupIds seen;
  // 1,000 ids leave runs of 512, 256, 128, 64, 32 and 8: every id is looked up again in all of
  // them, in the order inserted and in reverse.
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(seen.insert(id(i))) << i;
  EXPECT_EQ(seen.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_FALSE(seen.insert(id(i))) << i;
  for (int i = 999; i >= 0; --i) EXPECT_FALSE(seen.insert(id(i))) << i;
  EXPECT_TRUE(seen.insert(id(1000)));
  EXPECT_EQ(seen.size(), 1001u);
}

TEST(SeenGroupIds, ARepeatRightAfterItsFirstCopyIsSeen) {
  SeenGroupIds seen;
  for (int i = 0; i < 300; ++i) {
    EXPECT_TRUE(seen.insert(id(i)));
    EXPECT_FALSE(seen.insert(id(i)));
    EXPECT_FALSE(seen.insert(id(i / 2)));
  }
}

}  // namespace
}  // namespace cgs
