#include "common/printable.h"

#include <gtest/gtest.h>

namespace cgs {
namespace {

TEST(Printable, TextIsUnchanged) {
  EXPECT_EQ(printable("Group \"sales\" = 5, café 群组 🙂"),
            "Group \"sales\" = 5, café 群组 🙂");
}

TEST(Printable, TerminalControlsAndLineBreaksAreEscaped) {
  EXPECT_EQ(printable("\x1b[31mred\x1b[0m"), "\\x1b[31mred\\x1b[0m");
  EXPECT_EQ(printable("\x1b]0;pwned\x07title"), "\\x1b]0;pwned\\x07title");  // OSC window title
  EXPECT_EQ(printable("a\r\nb\tc\x7f"), "a\\x0d\\x0ab\\x09c\\x7f");
  EXPECT_EQ(printable(std::string("nul\0x", 5)), "nul\\x00x");
  // C1 controls as UTF-8 (U+009B is CSI): escaped byte by byte; U+00A0 and later are text.
  EXPECT_EQ(printable("\xc2\x9b"
                      "31m\xc2\xa0"),
            "\\xc2\\x9b31m\xc2\xa0");
}

TEST(Printable, BytesThatAreNotUtf8AreEscaped) {
  EXPECT_EQ(printable("a\xff\xc3"), "a\\xff\\xc3");
  EXPECT_EQ(printable("\xe4\xb8"), "\\xe4\\xb8");  // a sequence cut short
}

TEST(Printable, AppendTakesWholeCharactersUpToTheLimit) {
  std::string out;
  EXPECT_EQ(appendPrintable(out, "ab群cd", 3), 5u);  // the 3-byte character is not split
  EXPECT_EQ(out, "ab群");
}

}  // namespace
}  // namespace cgs
