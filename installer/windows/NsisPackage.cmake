# The Windows installer (NSIS), journeyscope-<version>-win64.exe. NOT TRIED:
# written without a Windows machine; see installer/README.md.
#
# At install time (which cpack runs into its staging folder) windeployqt
# copies the Qt DLLs and the plugins the program loads (platforms/qwindows,
# sqldrivers/qsqlite, imageformats/qsvg, iconengines/qsvgicon, ...) and Qt's
# translations next to bin/journeyscope.exe; InstallRequiredSystemLibraries
# adds the compiler's run-time DLLs.
find_program(WINDEPLOYQT_EXECUTABLE windeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-compiler-runtime
                --dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\"
                \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/journeyscope.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_PACKAGE_NAME "Journeyscope")
set(CPACK_NSIS_DISPLAY_NAME "Journeyscope ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\journeyscope.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# .journey files open in Journeyscope (double-click, Explorer's icon).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".journey" "" "Journeyscope.Project"
  WriteRegStr HKCR ".journey" "Content Type" "application/x-journeyscope"
  WriteRegStr HKCR "Journeyscope.Project" "" "Journeyscope project"
  WriteRegStr HKCR "Journeyscope.Project\DefaultIcon" "" "$INSTDIR\bin\journeyscope.exe,0"
  WriteRegStr HKCR "Journeyscope.Project\shell\open\command" "" '"$INSTDIR\bin\journeyscope.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCR "Journeyscope.Project"
  ReadRegStr $0 HKCR ".journey" ""
  StrCmp $0 "Journeyscope.Project" 0 +2
  DeleteRegKey HKCR ".journey"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
