# CPack: the installer of each platform, `cpack` in the build folder. The
# Debian package is built and checked by scripts/package.sh; the Windows and
# macOS configurations are written but have not been tried (see
# installer/README.md).
set(CPACK_PACKAGE_NAME "journeyscope")
set(CPACK_PACKAGE_VENDOR "Journeyscope")
set(CPACK_PACKAGE_CONTACT "Journeyscope developers <dev@journeyscope.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION [=[
Journeyscope builds customer journey maps: stages from awareness to advocacy,
touchpoints, lanes of actions, thoughts, pain points and opportunities, and
the emotion curve. A workshop rates every touchpoint against the TRIXIE model,
the 5 Cs of customer experience or its own frameworks, also live from the
participants' phones on the local network. Insights show the weak spots, and
the action plan tracks what to fix.

Survey exports (Qualtrics, SurveyMonkey, Google Forms, any CSV) give NPS, CSAT
and CES per touchpoint. The map, the assessment report and the charts export
to PDF, PNG and SVG, the tables to CSV and Excel. A project is one .journey
file, saved as you work; the command line exports and checks projects
without a display.]=])
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Journeyscope")
set(CPACK_PACKAGE_EXECUTABLES "journeyscope" "Journeyscope")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/installer/linux/copyright")
set(CPACK_STRIP_FILES ON)
# Values reach cpack as written (backslashes and quotes in NSIS commands).
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    include(${PROJECT_SOURCE_DIR}/installer/windows/NsisPackage.cmake)
elseif(APPLE)
    include(${PROJECT_SOURCE_DIR}/installer/macos/DragNDropPackage.cmake)
else()
    include(${PROJECT_SOURCE_DIR}/installer/linux/DebPackage.cmake)
endif()
include(CPack)
