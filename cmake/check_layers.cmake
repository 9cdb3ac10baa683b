# check_layers.cmake — imports run one way: ui -> views -> logic -> core.
# src/core includes nothing of the app, ImGui, SDL or Emscripten; src/app/logic
# nothing of ui/, views/, ImGui, SDL or Emscripten; views/ not the frame.
# Run by ctest ("layers: ..."): cmake -DSOURCE_DIR=<repo> -P check_layers.cmake
set(failures "")
function(check_folder folder pattern)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.hpp")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "^#include")
    foreach(line IN LISTS lines)
      if(line MATCHES "${pattern}")
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${file}")
        set(failures "${failures}\n  ${shown}: ${line}")
      endif()
    endforeach()
  endforeach()
  set(failures "${failures}" PARENT_SCOPE)
endfunction()
check_folder(src/core "[<\"](app/|logic/|ui/|views/|platform/|imgui|SDL|emscripten)")
check_folder(src/app/logic "[<\"](ui/|views/|imgui|SDL|emscripten)")
check_folder(src/app/views "[<\"]ui/app_frame")
if(failures)
  message(FATAL_ERROR "an include runs against the layers:${failures}")
endif()
