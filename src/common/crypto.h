#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cgs {

// Lower-case hex of SHA-256(data).
[[nodiscard]] std::string sha256Hex(std::string_view data);
// The first 8 bytes of MD5(data), big-endian, as a signed integer: what PostgreSQL's
// ('x' || left(md5(data), 16))::bit(64)::bigint computes (a digest to compare, not a secret).
[[nodiscard]] std::int64_t md5Prefix64(std::string_view data);
// Lower-case hex of HMAC-SHA256(key, data).
[[nodiscard]] std::string hmacSha256Hex(std::string_view key, std::string_view data);
// `bytes` random bytes from the OS CSPRNG as lower-case hex (2*bytes characters).
[[nodiscard]] std::string randomHex(std::size_t bytes);

}  // namespace cgs

namespace cgs {
// A random (version 4) UUID, lower-case: run ids.
[[nodiscard]] std::string newUuid();
}  // namespace cgs
