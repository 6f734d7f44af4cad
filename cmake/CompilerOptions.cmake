# Warnings, Qt hygiene defines and sanitizers, as one interface target every
# Journeyscope target links.
add_library(journeyscope_options INTERFACE)
target_compile_options(journeyscope_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(journeyscope_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    JOURNEYSCOPE_VERSION="${PROJECT_VERSION}")
target_include_directories(journeyscope_options INTERFACE ${PROJECT_SOURCE_DIR})

if(JOURNEYSCOPE_SANITIZE)
    target_compile_options(journeyscope_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(journeyscope_options INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz targets (tests/fuzz) need clang's libFuzzer. Every library is built
# with its coverage instrumentation, so that the fuzzer sees which branches of
# the readers an input reached; only the fuzz targets link libFuzzer's main.
if(JOURNEYSCOPE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "JOURNEYSCOPE_FUZZ needs clang (the asan preset uses clang++)")
    endif()
    target_compile_options(journeyscope_options INTERFACE -fsanitize=fuzzer-no-link)
    target_link_options(journeyscope_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Hardening, for the binary the package ships (lintian checks it): fortified libc
# calls (cheap, but they need the optimiser, so not in Debug or sanitizer
# builds; left alone where the compiler already sets them, as Ubuntu's does),
# full RELRO and immediate binding (link flags that cost nothing).
option(JOURNEYSCOPE_HARDENING "Build with _FORTIFY_SOURCE and full RELRO" ON)
if(JOURNEYSCOPE_HARDENING AND NOT JOURNEYSCOPE_SANITIZE)
    include(CheckCXXSourceCompiles)
    set(CMAKE_REQUIRED_FLAGS -O2)
    check_cxx_source_compiles("#include <cstdio>
#ifdef _FORTIFY_SOURCE
#error already fortified
#endif
int main() {}" JOURNEYSCOPE_NEEDS_FORTIFY)
    unset(CMAKE_REQUIRED_FLAGS)
    if(JOURNEYSCOPE_NEEDS_FORTIFY)
        target_compile_definitions(journeyscope_options INTERFACE
            $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
    target_link_options(journeyscope_options INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
