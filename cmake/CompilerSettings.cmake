# Shared compile settings for every Lodestar target, carried by one INTERFACE target.
option(LODESTAR_HARDEN "Build with the Debian hardening flags (for packaged release builds)" OFF)

add_library(lodestar_build_settings INTERFACE)
add_library(Lodestar::BuildSettings ALIAS lodestar_build_settings)

target_compile_features(lodestar_build_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(lodestar_build_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  LODESTAR_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  # Domain types are aggregates with default member initialisers, meant to be brace-initialised
  # with only the leading fields; -Wmissing-field-initializers would flag every such use.
  target_compile_options(lodestar_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
  if(LODESTAR_SANITIZE)
    target_compile_options(lodestar_build_settings INTERFACE
      -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(lodestar_build_settings INTERFACE -fsanitize=address,undefined)
  endif()
  # The flags dpkg-buildflags gives a hardened Debian package (hardening=+all, minus PIE,
  # which Debian's compiler already defaults to). Fortification needs optimisation,
  # hence the release preset.
  if(LODESTAR_HARDEN)
    target_compile_definitions(lodestar_build_settings INTERFACE _FORTIFY_SOURCE=2)
    target_compile_options(lodestar_build_settings INTERFACE
      -fstack-protector-strong -Wformat -Werror=format-security)
    target_link_options(lodestar_build_settings INTERFACE LINKER:-z,relro,-z,now)
  endif()
endif()

# lld links the hundred test executables about three times faster than the default linker
# (a test's link: 6.5 s of CPU with ld.bfd, 1.8 s with lld). The packaged release build keeps
# the system's default linker.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" LODESTAR_LLD_WORKS)
if(LODESTAR_LLD_WORKS AND NOT LODESTAR_HARDEN)
  target_link_options(lodestar_build_settings INTERFACE -fuse-ld=lld)
endif()

# libFuzzer: coverage instrumentation for every Lodestar target; the fuzz executables link
# the fuzzer's main themselves (tests/reliability/fuzz).
if(LODESTAR_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "LODESTAR_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(NOT LODESTAR_BUILD_TESTS)
    message(FATAL_ERROR "LODESTAR_FUZZ needs LODESTAR_BUILD_TESTS")
  endif()
  target_compile_options(lodestar_build_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
