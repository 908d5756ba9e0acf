# Per-target warnings: -Wall -Wextra -Wpedantic everywhere, -Werror when CGS_WERROR is on (CI).
function(cgs_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual)
  if(CGS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
