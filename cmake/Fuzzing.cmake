# SPDX-License-Identifier: Apache-2.0
# WEDREG_FUZZ: libFuzzer targets under tests/fuzz (docs/FUZZING.md). libFuzzer needs clang; with any
# other compiler the option is ignored with a warning so a gcc configure never breaks. When on, every
# target is compiled with coverage instrumentation and ASan + UBSan (UBSan findings abort, so the
# fuzzer reports them as crashes); link the fuzz executables with -fsanitize=fuzzer.
option(WEDREG_FUZZ "Build the libFuzzer targets (clang only; instruments the whole build)" OFF)
set(WEDREG_FUZZ_ACTIVE OFF)
if(WEDREG_FUZZ)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    set(WEDREG_FUZZ_ACTIVE ON)
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer -g)
    add_link_options(-fsanitize=address,undefined)
  else()
    message(WARNING "WEDREG_FUZZ needs clang (CMAKE_CXX_COMPILER_ID is ${CMAKE_CXX_COMPILER_ID}); no fuzz targets")
  endif()
endif()
