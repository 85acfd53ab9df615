# Precompiled headers. Nearly every Lodestar file includes the same few dozen Qt headers, and
# parsing them is most of a compile, so each library parses them once and the tests reuse one
# precompiled set per folder and combination of libraries they link (the defines must match
# for the compiler to take a precompiled header; -Winvalid-pch says so if they ever do not).
# LODESTAR_PCH=OFF builds without them, which also proves every file includes what it uses.
# Only with GCC: clang refuses a precompiled header whose defines differ instead of parsing
# the headers again (the libFuzzer build is clang's).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set(pch_default ON)
else()
  set(pch_default OFF)
endif()
option(LODESTAR_PCH "Precompile the Qt headers most files include" ${pch_default})

set(LODESTAR_PCH_CORE
  <QCoreApplication> <QString> <QStringList> <QList> <QHash> <QSet> <QDateTime> <QDir> <QFile>
  <QFileInfo> <QJsonDocument> <QJsonArray> <QJsonObject> <QSqlQuery> <QSqlError>
  <algorithm> <functional> <memory> <optional>)
set(LODESTAR_PCH_WIDGETS
  <QWidget> <QApplication> <QLabel> <QVBoxLayout> <QHBoxLayout> <QGridLayout> <QPushButton>
  <QFrame> <QLineEdit> <QPlainTextEdit> <QComboBox> <QUndoStack> <QAction> <QScrollArea>
  <QDialog> <QKeyEvent> <QLocale>)
set(LODESTAR_PCH_TEST <QTest> <QSignalSpy> <QTemporaryDir> <QStandardPaths>)

# lodestar_precompile(<target> CORE|WIDGETS): the target's own precompiled headers.
function(lodestar_precompile target kind)
  if(NOT LODESTAR_PCH)
    return()
  endif()
  set(headers ${LODESTAR_PCH_CORE})
  if(kind STREQUAL "WIDGETS")
    list(APPEND headers ${LODESTAR_PCH_WIDGETS})
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
  target_compile_options(${target} PRIVATE -Winvalid-pch)
endfunction()

# lodestar_precompile_test(<target> <libraries...>): reuse the precompiled headers shared by
# every test linking the same libraries, made on first use by an object library of their own.
function(lodestar_precompile_test target)
  if(NOT LODESTAR_PCH)
    return()
  endif()
  set(libraries ${ARGN})
  list(SORT libraries)
  list(REMOVE_DUPLICATES libraries)
  # Qt Test defines the test's own folders, so one set serves one folder's tests.
  string(MD5 key "${CMAKE_CURRENT_BINARY_DIR};${libraries}")
  string(SUBSTRING "${key}" 0 8 key)
  set(host lodestar_test_pch_${key})
  if(NOT TARGET ${host})
    set(anchor "${CMAKE_BINARY_DIR}/lodestar_test_pch_anchor.cpp")
    if(NOT EXISTS "${anchor}")
      file(WRITE "${anchor}" "// Compiled only to make the tests' precompiled headers.\n")
    endif()
    add_library(${host} OBJECT "${anchor}")
    target_link_libraries(${host} PRIVATE Qt6::Test lodestar_test_support ${libraries})
    set(headers ${LODESTAR_PCH_CORE} ${LODESTAR_PCH_TEST})
    if("lodestar_ui" IN_LIST libraries OR "lodestar_ui_test_support" IN_LIST libraries)
      list(APPEND headers ${LODESTAR_PCH_WIDGETS})
    endif()
    target_precompile_headers(${host} PRIVATE ${headers})
    target_compile_options(${host} PRIVATE -Winvalid-pch)
  endif()
  target_precompile_headers(${target} REUSE_FROM ${host})
  target_compile_options(${target} PRIVATE -Winvalid-pch)
  # A test's moc file is mostly empty: loading the precompiled set would cost more than it saves.
  set_source_files_properties(
    "${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp"
    TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()
