# The layering rules of DESIGN.md, checked on the sources: core includes no
# Widgets or Charts header, and Qt Charts is included under ui/insights/ only
# (it is deprecated from Qt 6.10; keeping it in one folder keeps it replaceable).
# Run by CTest: cmake -DSOURCE_DIR=... -DCHARTS_INCLUDE=... -DWIDGETS_INCLUDE=... -P
cmake_minimum_required(VERSION 3.25)

# The header names a module's include folder holds (QChart, QBarSet, ...).
function(headers_of folder out)
    file(GLOB names RELATIVE "${folder}" "${folder}/Q*")
    list(FILTER names EXCLUDE REGEX "\\.")
    set(${out} ${names} PARENT_SCOPE)
endfunction()

headers_of("${CHARTS_INCLUDE}" charts)
headers_of("${WIDGETS_INCLUDE}" widgets)
list(LENGTH charts chartCount)
list(LENGTH widgets widgetCount)
if(chartCount LESS 10 OR widgetCount LESS 10)
    message(FATAL_ERROR "Qt's Charts or Widgets headers not found in ${CHARTS_INCLUDE}, ${WIDGETS_INCLUDE}")
endif()

set(failures "")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
foreach(source IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${source}" includes REGEX "^#include <")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^#include <([^>]+)>.*" "\\1" header "${line}")
        string(REGEX REPLACE "^Qt[A-Za-z]+/" "" name "${header}")
        set(isChart FALSE)
        if(header MATCHES "^QtCharts" OR name IN_LIST charts)
            set(isChart TRUE)
        endif()
        set(isWidget FALSE)
        if(header MATCHES "^QtWidgets" OR name IN_LIST widgets)
            set(isWidget TRUE)
        endif()
        if(isChart AND NOT source MATCHES "^ui/insights/")
            string(APPEND failures "  ${source}: Qt Charts (<${header}>) outside ui/insights/\n")
        endif()
        if((isChart OR isWidget) AND source MATCHES "^core/")
            string(APPEND failures "  ${source}: <${header}> in core, which has no Widgets or Charts\n")
        endif()
    endforeach()
endforeach()

if(failures)
    message(FATAL_ERROR "Layering broken:\n${failures}")
endif()
list(LENGTH sources count)
message(STATUS "Layering holds in ${count} files")
