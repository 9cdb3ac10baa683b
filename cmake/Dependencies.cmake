# Dependencies.cmake — where the third-party parts come from.
#
# scripts/bootstrap fills SETRIGHT_DEPS (default ~/.cache/setright):
#   include/nlohmann, include/doctest   links to Debian's headers
#   imgui/                              Dear ImGui 1.92.x from Debian's source
#   sdl2-wasm/                          SDL2 2.26.5 built for wasm
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
