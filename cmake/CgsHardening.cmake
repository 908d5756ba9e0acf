# The hardening Debian builds with (dpkg-buildflags): fortified libc calls, stack protector, full
# RELRO and immediate binding. Not with sanitizers (they bring their own checks and runtime).
function(cgs_enable_hardening)
  if(CGS_SANITIZE)
    return()
  endif()
  add_compile_options(-fstack-protector-strong
                      $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
  add_link_options(-Wl,-z,relro -Wl,-z,now)
endfunction()
