// The jsonb text of an item (what PostgreSQL prints for it) and its digest; the same cases and
// hostile ones are compared with a real PostgreSQL in tests/integration/raw_digest_test.cpp.
#include "cams/jsonb_text.h"

#include <gtest/gtest.h>

#include "common/crypto.h"

namespace cgs {
namespace {

using nlohmann::json;

std::string text(const std::string& doc) {
  std::string out;
  appendJsonbText(json::parse(doc), out);
  return out;
}

TEST(JsonbText, KeysByLengthThenBytesWithJsonbsSpacing) {
  EXPECT_EQ(text(R"({"bb":1,"a":[1,{"y":null,"x":true}],"B":{},"c":[]})"),
            R"({"B": {}, "a": [1, {"x": true, "y": null}], "c": [], "bb": 1})");
}

TEST(JsonbText, StringsEscapedAsEscapeJsonDoes) {
  EXPECT_EQ(text(R"({"s":"\u00e9\"\\\/\b\f\n\r\t\u0001\u007f"})"),
            "{\"s\": \"\xc3\xa9\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\x7f\"}");
}

TEST(JsonbText, NumbersAsNumericPrintsThem) {
  EXPECT_EQ(numericText("1e+300"), "1" + std::string(300, '0'));
  EXPECT_EQ(numericText("1.5e-07"), "0.00000015");
  EXPECT_EQ(numericText("123.456e2"), "12345.6");
  EXPECT_EQ(numericText("-0.0"), "0.0");
  EXPECT_EQ(numericText("-0"), "0");
  EXPECT_EQ(numericText("-1.25"), "-1.25");
  EXPECT_EQ(numericText("1E2"), "100");
  EXPECT_EQ(text(R"({"f":1.0,"i":-7,"u":18446744073709551615})"),
            R"({"f": 1.0, "i": -7, "u": 18446744073709551615})");
}

std::int64_t rawDigest(const std::string& doc) { return md5Prefix64(text(doc)); }

TEST(JsonbText, TheDigestIsMd5OfTheText) {
  // md5('{"a": 1}') begins 42b7b4f2921788ea: ('x' || that)::bit(64)::bigint
  EXPECT_EQ(rawDigest(R"({"a":1})"), static_cast<std::int64_t>(0x42b7b4f2921788eaULL));
  EXPECT_EQ(rawDigest(R"({"b":2,"a":1})"), rawDigest(R"({"a":1, "b":2})"))
      << "key order and spacing do not change it";
  EXPECT_NE(rawDigest(R"({"a":1})"), rawDigest(R"({"a":2})"));
}

}  // namespace
}  // namespace cgs
