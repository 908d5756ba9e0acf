#include "common/text_sanitizer.h"

#include <gtest/gtest.h>

namespace cgs {
namespace {

TEST(TextSanitizer, ValidTextNeedsNoCopy) {
  EXPECT_EQ(repairText("plain"), std::nullopt);
  EXPECT_EQ(repairText("\xE4\xB8\xAD\xF0\x9F\x98\x80 \xC3\xA9"), std::nullopt);
  EXPECT_EQ(repairText(""), std::nullopt);
}

TEST(TextSanitizer, ReplacesNulAndInvalidBytes) {
  EXPECT_EQ(repairText(std::string("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(repairText("\xff"), "\xEF\xBF\xBD");
  EXPECT_EQ(repairText("\xC3"), "\xEF\xBF\xBD") << "truncated sequence";
  EXPECT_EQ(repairText("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD") << "surrogate";
  EXPECT_EQ(repairText("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD") << "overlong";
  EXPECT_EQ(repairText("ok\xF5x"), "ok\xEF\xBF\xBDx");
}

}  // namespace
}  // namespace cgs
