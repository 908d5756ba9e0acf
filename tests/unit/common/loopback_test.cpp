#include "common/loopback.h"

#include <gtest/gtest.h>

namespace cgs {
namespace {

TEST(Loopback, LiteralLoopbackAddressesAndLocalhost) {
  for (const char* host : {"127.0.0.1", "127.0.0.1:8080", "127.255.3.4:1", "[::1]", "[::1]:9464",
                           "::1", "localhost", "localhost:80", "LocalHost:80"}) {
    EXPECT_TRUE(isLoopbackHost(host)) << host;
  }
}

// Found by a review: a prefix test let these through.
TEST(Loopback, NamesThatOnlyLookLocalAreNot) {
  for (const char* host :
       {"127.attacker.example", "127.evil.example:80", "localhost.evil.example", "localhost.:80",
        "127.0.0.1.nip.io", "0.0.0.0:9464", "[::]:9464", "10.0.0.1", "[::1", "[::1]x", "", ":80",
        "127.1", "[::ffff:8.8.8.8]", "evil.example:127"}) {
    EXPECT_FALSE(isLoopbackHost(host)) << host;
  }
}

}  // namespace
}  // namespace cgs
