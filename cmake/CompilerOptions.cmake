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
