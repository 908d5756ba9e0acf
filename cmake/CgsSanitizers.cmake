# Sanitizers are global (every target and test must share one runtime), chosen by CGS_SANITIZE:
#   "address,undefined" for ASan+UBSan, "thread" for TSan, empty for none.
function(cgs_enable_sanitizers)
  if(NOT CGS_SANITIZE)
    return()
  endif()
  message(STATUS "cams-groupsync: sanitizers ${CGS_SANITIZE}")
  add_compile_options(-fsanitize=${CGS_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${CGS_SANITIZE})
endfunction()
