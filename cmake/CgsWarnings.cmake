# Per-target warnings: -Wall -Wextra -Wpedantic everywhere, -Werror when CGS_WERROR is on (CI).
function(cgs_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual)
  # GCC 12 reports std::string concatenation at -O3 as overlapping memcpy (a false positive:
  # https://gcc.gnu.org/bugzilla/show_bug.cgi?id=105329).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(CGS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
