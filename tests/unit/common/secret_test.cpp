#include "common/secret.h"
#include "common/conninfo.h"

#include <gtest/gtest.h>

#include <sstream>

namespace cgs {
namespace {

TEST(Secret, PrintsMasked) {
  std::ostringstream s;
  s << Secret("do-not-print");
  EXPECT_EQ(s.str(), "***");
}

TEST(Secret, RedactsConninfoPasswords) {
  EXPECT_EQ(redactConninfo("postgresql://bob:pa55@db:5432/x"), "postgresql://bob:***@db:5432/x");
  EXPECT_EQ(redactConninfo("host=db password=pa55 user=bob"), "host=db password=*** user=bob");
  EXPECT_EQ(redactConninfo("host=db password='p a s s' user=bob"), "host=db password=*** user=bob");
  EXPECT_EQ(redactConninfo("postgresql://db/x?user=a&password=pa55"),
            "postgresql://db/x?user=a&password=***");
  EXPECT_EQ(redactConninfo("postgresql://bob@db/x"), "postgresql://bob@db/x");
}

}  // namespace
}  // namespace cgs
