#pragma once

#include <string_view>

namespace cgs {

// Whether `authority` ("host", "host:port", "[v6]" or "[v6]:port") names this machine by a literal
// address or by exactly "localhost" (any case): a 127.0.0.0/8 address in dotted-quad form, or ::1.
// Nothing is resolved, so a name that merely starts like one ("127.attacker.example",
// "localhost.evil") is not loopback. Plain http and an exposed metrics port are judged by it.
[[nodiscard]] bool isLoopbackHost(std::string_view authority);

}  // namespace cgs
