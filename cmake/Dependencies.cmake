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
