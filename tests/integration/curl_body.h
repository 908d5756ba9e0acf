#pragma once

#include <curl/curl.h>

#include <string>

#include "cams/curl_transport.h"

namespace cgs::testing {

// Makes the next transfer on `h` append the response body to `*out` (tests' plain HTTP calls).
inline void collectBody(CurlHandle& h, std::string* out) {
  curl_easy_setopt(
      h.get(), CURLOPT_WRITEFUNCTION, +[](char* d, std::size_t size, std::size_t n, void* u) {
        static_cast<std::string*>(u)->append(d, size * n);
        return size * n;
      });
  curl_easy_setopt(h.get(), CURLOPT_WRITEDATA, out);
}

}  // namespace cgs::testing
