# The Debian package, journeyscope_<version>_amd64.deb. dpkg-shlibdeps finds
# the libraries the binary links; Depends adds what Qt loads at run time,
# which it cannot see: the SQLite driver (libqt6sql6-sqlite), the SVG icon
# engine and image plugin (libqt6svg6), and libXcursor (libxcursor1), which
# the xcb platform plugin opens for the desktop's cursor theme. The xcb and
# offscreen platform plugins are in libqt6gui6, which the binary links.
# scripts/package.sh checks that every object the program loads is covered.
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libxcursor1")
# Qt's own German dialog texts, and the Wayland platform plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
