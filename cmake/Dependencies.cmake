# Dependencies.cmake — where the third-party parts come from.
#
# scripts/bootstrap fills SETRIGHT_DEPS (default ~/.cache/setright):
#   include/nlohmann, include/doctest   links to Debian's headers
#   imgui/                              Dear ImGui 1.92.x from Debian's source
#   sdl2-wasm/                          SDL2 2.26.5 built for wasm
#   zlib-src/                           zlib 1.2.13 from Debian's source, compiled
#                                       here for wasm (natively: Debian's zlib1g-dev)
#   libcsv-src/                         libcsv 3.0.3 from Debian's source, compiled
#                                       here for every build
#   zlib-src/contrib/minizip            minizip (zlib's), compiled here for every build
#   expat-src/expat                     expat 2.5.0 from Debian's source, built by its
#                                       own CMake for every build
#   xlsxwriter-src/                     libxlsxwriter 1.1.4 from Debian's source,
#                                       compiled here for every build
# Natively the headers are Debian's, found as usual.

if(NOT SETRIGHT_DEPS)
  if(DEFINED ENV{SETRIGHT_DEPS})
    set(SETRIGHT_DEPS "$ENV{SETRIGHT_DEPS}")
  else()
    set(SETRIGHT_DEPS "$ENV{HOME}/.cache/setright")
  endif()
endif()
set(SETRIGHT_DEPS "${SETRIGHT_DEPS}" CACHE PATH "Third-party sources and builds made by scripts/bootstrap")

add_library(setright_json INTERFACE)
add_library(setright_doctest INTERFACE)
if(EMSCRIPTEN)
  # Only these two directories: all of /usr/include would shadow Emscripten's libc.
  if(NOT EXISTS "${SETRIGHT_DEPS}/include/nlohmann/json.hpp")
    message(FATAL_ERROR "nlohmann/json not found in ${SETRIGHT_DEPS}/include: run scripts/bootstrap")
  endif()
  target_include_directories(setright_json SYSTEM INTERFACE "${SETRIGHT_DEPS}/include")
  target_include_directories(setright_doctest SYSTEM INTERFACE "${SETRIGHT_DEPS}/include")
else()
  find_package(nlohmann_json 3.11 REQUIRED)
  target_link_libraries(setright_json INTERFACE nlohmann_json::nlohmann_json)
  find_package(doctest REQUIRED)
  target_link_libraries(setright_doctest INTERFACE doctest::doctest)
endif()

# zlib: stored copies of the workspace are deflated (core/storage/storage_codec.hpp).
if(EMSCRIPTEN)
  set(zlib_dir "${SETRIGHT_DEPS}/zlib-src")
  if(NOT EXISTS "${zlib_dir}/deflate.c")
    message(FATAL_ERROR "zlib's source not found in ${zlib_dir}: run scripts/bootstrap")
  endif()
  add_library(setright_zlib STATIC
    "${zlib_dir}/adler32.c" "${zlib_dir}/compress.c" "${zlib_dir}/crc32.c" "${zlib_dir}/deflate.c" "${zlib_dir}/inflate.c"
    "${zlib_dir}/inftrees.c" "${zlib_dir}/inffast.c" "${zlib_dir}/trees.c" "${zlib_dir}/zutil.c")
  target_include_directories(setright_zlib SYSTEM PUBLIC "${zlib_dir}")
  target_compile_options(setright_zlib PRIVATE -O2 -w)
else()
  find_package(ZLIB REQUIRED)
  add_library(setright_zlib INTERFACE)
  target_link_libraries(setright_zlib INTERFACE ZLIB::ZLIB)
endif()

# libcsv: spreadsheets saved as CSV or TSV (core/format/sheet_text.hpp). One
# C file, built from Debian's source for the CLI, the tests and wasm alike, so
# all three read a file the same way.
set(libcsv_dir "${SETRIGHT_DEPS}/libcsv-src")
if(NOT EXISTS "${libcsv_dir}/libcsv.c")
  message(FATAL_ERROR "libcsv's source not found in ${libcsv_dir}: run scripts/bootstrap")
endif()
add_library(setright_csv STATIC "${libcsv_dir}/libcsv.c")
target_include_directories(setright_csv SYSTEM PUBLIC "${libcsv_dir}")
target_compile_options(setright_csv PRIVATE -O2 -w)

# XLSX is a ZIP of XML files (core/format/sheet_xlsx.hpp): zlib's own minizip
# opens the archive, expat reads the XML. Both built from Debian's source for
# the CLI, the tests and wasm alike; no hand-written ZIP or XML parser.
set(minizip_dir "${SETRIGHT_DEPS}/zlib-src/contrib/minizip")
if(NOT EXISTS "${minizip_dir}/unzip.c")
  message(FATAL_ERROR "minizip's source not found in ${minizip_dir}: run scripts/bootstrap")
endif()
add_library(setright_minizip STATIC "${minizip_dir}/unzip.c" "${minizip_dir}/zip.c" "${minizip_dir}/ioapi.c")
target_include_directories(setright_minizip SYSTEM PUBLIC "${minizip_dir}")
# No encrypted archives; 32-bit file calls where the libc has no fopen64.
target_compile_definitions(setright_minizip PRIVATE NOUNCRYPT NOCRYPT $<$<BOOL:${EMSCRIPTEN}>:USE_FILE32API>)
# In the browser built for size, as the core is: it is part of every first visit.
set(setright_c_optimise $<IF:$<BOOL:${EMSCRIPTEN}>,-Os,-O2>)
target_compile_options(setright_minizip PRIVATE ${setright_c_optimise} -w)
target_link_libraries(setright_minizip PUBLIC setright_zlib)

set(expat_dir "${SETRIGHT_DEPS}/expat-src/expat")
if(NOT EXISTS "${expat_dir}/lib/xmlparse.c")
  message(FATAL_ERROR "expat's source not found in ${expat_dir}: run scripts/bootstrap")
endif()
set(EXPAT_BUILD_TOOLS OFF CACHE BOOL "" FORCE)
set(EXPAT_BUILD_EXAMPLES OFF CACHE BOOL "" FORCE)
set(EXPAT_BUILD_TESTS OFF CACHE BOOL "" FORCE)
set(EXPAT_BUILD_DOCS OFF CACHE BOOL "" FORCE)
set(EXPAT_BUILD_PKGCONFIG OFF CACHE BOOL "" FORCE)
set(EXPAT_SHARED_LIBS OFF CACHE BOOL "" FORCE)
set(EXPAT_ENABLE_INSTALL OFF CACHE BOOL "" FORCE)
# No DTDs: XLSX parts never have one (sheet_xlsx.cpp refuses a DOCTYPE), and
# Debian's CVE patches test XML_DTD as a number, which expat's CMake leaves empty.
set(EXPAT_DTD OFF CACHE BOOL "" FORCE)
add_subdirectory("${expat_dir}" "${CMAKE_BINARY_DIR}/third_party/expat" EXCLUDE_FROM_ALL SYSTEM)
target_compile_options(expat PRIVATE ${setright_c_optimise} -w)

# libxlsxwriter writes XLSX (core/reports/report_xlsx.hpp): its own sources,
# zipped by the same minizip as above (its bundled copy would clash with it),
# temporary files from the C library (MEMFS in the browser). Numbers go
# through snprintf (Setright never changes the C locale), not its optional
# bundled dtoa, which UBSan caught indexing past its table.
set(xlsxwriter_dir "${SETRIGHT_DEPS}/xlsxwriter-src")
if(NOT EXISTS "${xlsxwriter_dir}/src/workbook.c")
  message(FATAL_ERROR "libxlsxwriter's source not found in ${xlsxwriter_dir}: run scripts/bootstrap")
endif()
file(GLOB xlsxwriter_sources "${xlsxwriter_dir}/src/*.c")
add_library(setright_xlsxwriter STATIC ${xlsxwriter_sources} "${xlsxwriter_dir}/third_party/md5/md5.c")
target_include_directories(setright_xlsxwriter SYSTEM PUBLIC "${xlsxwriter_dir}/include")
target_include_directories(setright_xlsxwriter SYSTEM PRIVATE "${SETRIGHT_DEPS}/zlib-src/contrib")
target_compile_definitions(setright_xlsxwriter PRIVATE USE_SYSTEM_MINIZIP USE_STANDARD_TMPFILE)
target_compile_options(setright_xlsxwriter PRIVATE ${setright_c_optimise} -w)
target_link_libraries(setright_xlsxwriter PUBLIC setright_minizip)
