#pragma once

#include <optional>
#include <string>

namespace cgs {

// The one place that knows where a database password sits in a libpq connection string: the URI
// form ("postgresql://user:pw@host/db"), its query parameter ("?password=pw") and the key/value
// form ("password=pw" or "password='p w'"). The loader refuses such a URL in a file others can
// read, the redactor masks the password, and messages print the string redacted.

// The password the string carries, if any (quotes of the key/value form removed).
[[nodiscard]] std::optional<std::string> conninfoPassword(const std::string& conninfo);

// The string with its password replaced by "***", for log lines and errors that name the database.
[[nodiscard]] std::string redactConninfo(const std::string& conninfo);

}  // namespace cgs
