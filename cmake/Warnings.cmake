# SPDX-License-Identifier: Apache-2.0
# Warnings for our own targets only; third-party headers come in as SYSTEM includes.
function(wedreg_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
  if(WEDREG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
