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

// Long ASCII runs are checked a word at a time: a bad byte is found wherever it sits in one.
TEST(TextSanitizer, FindsABadByteAtEveryPositionOfALongAsciiRun) {
  const std::string ascii(25, 'a');
  for (std::size_t at = 0; at < ascii.size(); ++at) {
    for (const char bad : {'\0', '\xff'}) {
      std::string s = ascii;
      s[at] = bad;
      const std::string want = ascii.substr(0, at) + "\xEF\xBF\xBD" + ascii.substr(at + 1);
      EXPECT_EQ(repairText(s), want) << "at " << at;
    }
    std::string valid = ascii;
    valid.replace(at, 1, "\xC3\xA9");  // a valid sequence is kept
    EXPECT_EQ(repairText(valid), std::nullopt) << "at " << at;
  }
  EXPECT_EQ(repairText(std::string(64, '\x7f')), std::nullopt);
}

}  // namespace
}  // namespace cgs
