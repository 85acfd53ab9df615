# CPack: how `cpack` turns the install rules into packages. The one place that decides
# which package formats each platform gets.
set(CPACK_PACKAGE_NAME "lodestar")
set(CPACK_PACKAGE_VENDOR "The Lodestar authors")
set(CPACK_PACKAGE_CONTACT "Lodestar Engineers <engineers@lodestar.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Lodestar")
set(CPACK_PACKAGE_EXECUTABLES "lodestar" "Lodestar")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/debian/copyright")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

# Linux is the platform that is built and checked (tests/package). The Windows and
# macOS choices are a starting point only: no one has built or tried those installers.
if(WIN32)
  set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
else()
  set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian: a binary package that lintian accepts without tags (see tests/package).
set(CPACK_DEBIAN_PACKAGE_RELEASE "${LODESTAR_DEB_REVISION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "Lodestar guides a facilitator through a North Star workshop, in which a team
chooses the one metric that captures the value its product gives customers
and the three to five inputs that drive it. It keeps a library of every
workshop, shows the agenda with its timings, and saves each change at once
in a local SQLite file. It works offline.")
# dpkg-shlibdeps finds the linked libraries. It cannot see what Qt loads at run time:
# the SQLite and PostgreSQL drivers, the SVG icon plugins, the X11 platform plugin; nor the
# font. QtKeychain (the team library's password in the keyring) is named too.
# On a Wayland desktop Qt falls back to X11 (XWayland) unless qt6-wayland is there.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6keychain1, libqt6svg6, qt6-qpa-plugins, fonts-inter")
# Names and notes in Chinese, Japanese or Korean, and emoji, need fonts that Inter lacks:
# Noto CJK (about 90 MB installed) and Noto Color Emoji (11 MB) for the screen, and Symbola
# (3 MB), whose emoji are outlines, for the PDF (colour bitmaps cannot be embedded in it).
# Recommended, so apt installs them by default and a small machine may leave them out;
# without them the PDF marks a character it cannot draw instead of printing a box.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
  "qt6-wayland, fonts-noto-cjk, fonts-noto-color-emoji, fonts-symbola")

include(CPack)
