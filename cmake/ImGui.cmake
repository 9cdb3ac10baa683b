# ImGui.cmake — Dear ImGui 1.92.x and SDL2 2.26.5 for the web build, both from
# SETRIGHT_DEPS (scripts/bootstrap). Targets:
#   setright_sdl2   SDL2 built for wasm from Debian's source
#   setright_imgui  ImGui core + the SDL2 and OpenGL3 (WebGL2) backends, with
#                   Setright's imconfig (test-engine hooks on)
#   imgui_demo_app  not here: see src/bench (the bare demo used as a baseline)

set(SETRIGHT_IMGUI_DIR "${SETRIGHT_DEPS}/imgui")
set(SETRIGHT_SDL2_DIR "${SETRIGHT_DEPS}/sdl2-wasm")
if(NOT EXISTS "${SETRIGHT_IMGUI_DIR}/imgui.h" OR NOT EXISTS "${SETRIGHT_SDL2_DIR}/lib/libSDL2.a")
  message(FATAL_ERROR "Dear ImGui or SDL2 for wasm missing in ${SETRIGHT_DEPS}: run scripts/bootstrap")
endif()

file(STRINGS "${SETRIGHT_IMGUI_DIR}/imgui.h" imgui_version_line REGEX "^#define IMGUI_VERSION +\"")
string(REGEX REPLACE ".*\"(.*)\".*" "\\1" SETRIGHT_IMGUI_VERSION "${imgui_version_line}")
if(NOT SETRIGHT_IMGUI_VERSION MATCHES "^1\\.92\\.")
  message(FATAL_ERROR "Setright needs Dear ImGui 1.92.x (dynamic font atlas); found ${SETRIGHT_IMGUI_VERSION}")
endif()
message(STATUS "Dear ImGui ${SETRIGHT_IMGUI_VERSION} from ${SETRIGHT_IMGUI_DIR}")

add_library(setright_sdl2 INTERFACE)
target_include_directories(setright_sdl2 SYSTEM INTERFACE "${SETRIGHT_SDL2_DIR}/include/SDL2")
target_link_libraries(setright_sdl2 INTERFACE "${SETRIGHT_SDL2_DIR}/lib/libSDL2.a")

add_library(setright_imgui STATIC
  "${SETRIGHT_IMGUI_DIR}/imgui.cpp"
  "${SETRIGHT_IMGUI_DIR}/imgui_draw.cpp"
  "${SETRIGHT_IMGUI_DIR}/imgui_tables.cpp"
  "${SETRIGHT_IMGUI_DIR}/imgui_widgets.cpp"
  "${SETRIGHT_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp"
  "${SETRIGHT_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp"
  "${SETRIGHT_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(setright_imgui SYSTEM PUBLIC "${SETRIGHT_IMGUI_DIR}" "${SETRIGHT_IMGUI_DIR}/backends")
target_include_directories(setright_imgui PUBLIC "${PROJECT_SOURCE_DIR}/src/app/imgui_config")
target_compile_definitions(setright_imgui PUBLIC IMGUI_USER_CONFIG="setright_imconfig.h" IMGUI_IMPL_OPENGL_ES3)
target_link_libraries(setright_imgui PUBLIC setright_sdl2)
# This Emscripten's em_js.h does not define EMSCRIPTEN_KEEPALIVE, which the
# SDL2 backend of 1.92 uses through it.
set_source_files_properties("${SETRIGHT_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp"
  PROPERTIES COMPILE_OPTIONS "-include;emscripten/emscripten.h")
