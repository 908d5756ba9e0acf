// appendCopyText against the definition of COPY's text escapes, a byte at a time: its eight-byte
// scan must neither miss a byte to escape nor escape another, wherever the byte falls in a word.
#include <gtest/gtest.h>

#include <random>

#include "store/copy_writer.h"

namespace cgs::testing {
namespace {

std::string reference(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escaped(std::string_view text) {
  std::string out = "kept:";
  appendCopyText(out, text);
  return out;
}

TEST(CopyText, EveryByteAtEveryPlaceOfAWord) {
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t length = 1; length <= 19; ++length) {
      for (std::size_t at = 0; at < length; ++at) {
        std::string text(length, 'a');
        text[at] = static_cast<char>(byte);
        ASSERT_EQ(escaped(text), "kept:" + reference(text))
            << "byte " << byte << " at " << at << " of " << length;
      }
    }
  }
}

TEST(CopyText, RandomTextAgreesWithTheDefinition) {
  std::mt19937 rng(20261206);
  const std::string alphabet =
      std::string("\\\n\r\t\x01\x0d\x0e\x7f\x80\xff\x5b\x5d", 12) + "abcXYZ09 é";
  for (int n = 0; n < 5000; ++n) {
    std::string text(std::uniform_int_distribution<std::size_t>(0, 70)(rng), ' ');
    for (auto& c : text)
      c = alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
    ASSERT_EQ(escaped(text), "kept:" + reference(text)) << ::testing::PrintToString(text);
  }
}

TEST(CopyText, PlainTextIsAppendedAsItIs) {
  EXPECT_EQ(escaped(""), "kept:");
  EXPECT_EQ(escaped("G000100000001wbr36T and a longer subject, ünïcödé"),
            "kept:G000100000001wbr36T and a longer subject, ünïcödé");
}

}  // namespace
}  // namespace cgs::testing
