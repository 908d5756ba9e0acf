// The configuration loader on arbitrary text: a valid Config or a ConfigError with at least one
// located issue, never a crash or another exception.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "config/config_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const cgs::EnvLookup env = [](const std::string&) -> std::optional<std::string> {
    return std::string("postgresql://x/y");
  };
  try {
    const cgs::Config c = cgs::parseConfig(text, "fuzz.yaml", size % 2 == 0, env);
    if (c.accounts.empty()) std::abort();
  } catch (const cgs::ConfigError& e) {
    if (e.issues().empty()) std::abort();
  }
  return 0;
}
