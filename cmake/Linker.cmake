# SPDX-License-Identifier: Apache-2.0
# Link with a fast linker when one is installed (scripts/bootstrap installs mold): the build links 76
# executables, and GNU ld took 3-5× longer than mold or lld on our debug binaries (figures in
# docs/PERFORMANCE.md, "Build and test time"). -DWEDREG_FAST_LINKER=OFF keeps the default linker.
option(WEDREG_FAST_LINKER "Link with mold or lld when available" ON)
if(WEDREG_FAST_LINKER)
  include(CheckLinkerFlag)
  check_linker_flag(CXX "-fuse-ld=mold" WEDREG_LINKER_MOLD)
  if(WEDREG_LINKER_MOLD)
    add_link_options(-fuse-ld=mold)
  else()
    check_linker_flag(CXX "-fuse-ld=lld" WEDREG_LINKER_LLD)
    if(WEDREG_LINKER_LLD)
      add_link_options(-fuse-ld=lld)
    endif()
  endif()
endif()
