# The files Debian policy wants besides the program: a gzipped manual page, the copyright
# file and changelog in /usr/share/doc/<package>, and lintian's overrides. Gzip runs with
# -n so the package does not change with the build time.
set(doc_dir "${CMAKE_INSTALL_DATADIR}/doc/lodestar")

# The version is written in three hand-edited texts; refuse to package mismatches.
file(STRINGS debian/changelog changelog_head LIMIT_COUNT 1)
file(STRINGS lodestar.1 manual_title REGEX "^\\.TH ")
file(READ "linux/${LODESTAR_APP_ID}.metainfo.xml" metainfo)
set(deb_version "${PROJECT_VERSION}-${LODESTAR_DEB_REVISION}")
if(NOT changelog_head MATCHES "^lodestar \\(${deb_version}\\) ")
  message(FATAL_ERROR "installer/debian/changelog: the top entry must be ${deb_version}")
endif()
if(NOT manual_title MATCHES "\"Lodestar ${PROJECT_VERSION}\"")
  message(FATAL_ERROR "installer/lodestar.1: the .TH line must name Lodestar ${PROJECT_VERSION}")
endif()
if(NOT metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
  message(FATAL_ERROR "installer/linux/${LODESTAR_APP_ID}.metainfo.xml: no release ${PROJECT_VERSION}")
endif()

find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(gzipped)
foreach(pair IN ITEMS "lodestar.1|lodestar.1" "debian/changelog|changelog.Debian")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 source)
  list(GET pair 1 target)
  set(copy "${CMAKE_CURRENT_BINARY_DIR}/${target}")
  add_custom_command(
    OUTPUT "${copy}.gz"
    COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_CURRENT_SOURCE_DIR}/${source}" "${copy}"
    COMMAND "${GZIP_EXECUTABLE}" -n -9 -f "${copy}"
    DEPENDS "${source}"
    COMMENT "Compressing ${source}"
    VERBATIM)
  list(APPEND gzipped "${copy}.gz")
endforeach()
add_custom_target(lodestar_debian_files ALL DEPENDS ${gzipped})

install(FILES "${CMAKE_CURRENT_BINARY_DIR}/lodestar.1.gz"
  DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES debian/copyright "${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz"
  DESTINATION "${doc_dir}")
# The administrator's script that sets up a team library (README: "A team library").
install(FILES team-library.sql DESTINATION "${doc_dir}")
install(FILES debian/lodestar.lintian-overrides
  DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME lodestar)
