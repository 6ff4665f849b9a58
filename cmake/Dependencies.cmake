# SPDX-License-Identifier: Apache-2.0
# Every external dependency is a Debian bookworm package (scripts/bootstrap installs them).

find_package(Threads REQUIRED)
find_package(OpenSSL 3.0 REQUIRED)
find_package(ZLIB REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)

# Debian's PocoDataPostgreSQLTargets.cmake links `PostgreSQL::client`, which no package defines
# (DESIGN.md §3): define it before Poco looks for it.
find_package(PostgreSQL REQUIRED)
if(NOT TARGET PostgreSQL::client)
  add_library(PostgreSQL::client INTERFACE IMPORTED)
  target_link_libraries(PostgreSQL::client INTERFACE PostgreSQL::PostgreSQL)
endif()
find_package(Poco 1.11 REQUIRED COMPONENTS
  Foundation Net NetSSL Util JSON Crypto Data DataSQLite DataPostgreSQL)

find_package(ZXing 1.4 REQUIRED)

if(WEDREG_BUILD_KIOSK OR WEDREG_BUILD_TESTS)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Qml Quick QuickControls2 Network Svg Test
                                           QuickTest LinguistTools Multimedia)
  qt_standard_project_setup()
  # One import root for qmllint and the tests (STYLE.md, traps).
  set(QT_QML_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/imports)
endif()
