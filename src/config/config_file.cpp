#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "config/config_loader.h"

namespace cgs {

Config loadConfig(const std::string& path, const EnvLookup& env) {
  constexpr off_t kMaxBytes = 4 << 20;  // far beyond any real configuration
  const auto fail = [&](const std::string& why) { return ConfigError({{path, 0, 0, "", why}}); };
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    throw fail(fmt::format("cannot read: {}", std::strerror(errno)));
  if (!S_ISREG(st.st_mode)) throw fail("cannot read: not a regular file");
  if (st.st_size > kMaxBytes) {
    throw fail(
        fmt::format("the file is {} bytes; a configuration is at most {}", st.st_size, kMaxBytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw fail(fmt::format("cannot read: {}", std::strerror(errno)));
  std::ostringstream text;
  text << in.rdbuf();
  const bool owner_only = (st.st_mode & 077) == 0;
  return parseConfig(text.str(), path, owner_only, env);
}

}  // namespace cgs
