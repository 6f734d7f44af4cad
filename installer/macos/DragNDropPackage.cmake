# The macOS disk image (DragNDrop), journeyscope-<version>-Darwin.dmg with
# Journeyscope.app. NOT TRIED: written without a Mac; see installer/README.md.
#
# The bundle's Info.plist declares the .journey document type and its UTI
# (example.journeyscope.project); at install time macdeployqt copies the Qt
# frameworks and plugins into the bundle.
set_target_properties(journeyscope PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Journeyscope
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER example.journeyscope.Journeyscope
    MACOSX_BUNDLE_BUNDLE_NAME Journeyscope
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "© 2026 Journeyscope developers, MIT licence")

find_program(MACDEPLOYQT_EXECUTABLE macdeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${MACDEPLOYQT_EXECUTABLE}\"
                \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/Journeyscope.app\" -always-overwrite
        COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Journeyscope")
set(CPACK_DMG_FORMAT "UDBZ")
