// Percent-encoding: encode emits only unreserved characters and %XX, decode(encode(x)) == x, and
// decoding arbitrary input never crashes; the canonical query of decoded pairs is stable.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "cams/acs3_signer.h"
#include "cams/percent_encoding.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string raw(reinterpret_cast<const char*>(data), size);
  const std::string enc = cgs::percentEncode(raw);
  for (std::size_t i = 0; i < enc.size(); ++i) {
    const char c = enc[i];
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
    if (!unreserved && c != '%') std::abort();
  }
  if (cgs::percentDecode(enc) != raw) std::abort();
  if (auto q = cgs::decodeQuery(raw)) {
    const std::string canonical = cgs::canonicalQueryString(*q);
    auto again = cgs::decodeQuery(canonical);
    if (!again || cgs::canonicalQueryString(*again) != canonical) std::abort();
  }
  return 0;
}
