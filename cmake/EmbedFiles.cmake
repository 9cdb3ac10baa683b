# EmbedFiles.cmake — compile data files (templates, translations) into a
# binary, so the CLI and the app carry them without a file system.
#
# setright_embed_files(TARGET NAME FUNCTION CXX_FUNCTION [SOURCE_NAME NAME] FILES f1 f2 ...)
# generates a .cpp (SOURCE_NAME.cpp, by default CXX_FUNCTION.cpp: two
# targets may define one function from different files) defining
#   const std::vector<setright::EmbeddedFile>& CXX_FUNCTION();
# with each file's path relative to the source tree and its bytes, and adds it
# to TARGET. The generated file is remade when any input changes.

set(SETRIGHT_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_files_generate.cmake")

function(setright_embed_files)
  cmake_parse_arguments(ARG "" "TARGET;FUNCTION;SOURCE_NAME" "FILES" ${ARGN})
  if(NOT ARG_SOURCE_NAME)
    set(ARG_SOURCE_NAME "${ARG_FUNCTION}")
  endif()
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${ARG_SOURCE_NAME}.cpp")
  string(REPLACE ";" "|" files_arg "${ARG_FILES}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} "-DOUT=${out}" "-DFUNCTION=${ARG_FUNCTION}"
            "-DROOT=${PROJECT_SOURCE_DIR}" "-DFILES=${files_arg}"
            -P "${SETRIGHT_EMBED_SCRIPT}"
    DEPENDS ${ARG_FILES} "${SETRIGHT_EMBED_SCRIPT}"
    COMMENT "Embedding ${ARG_FUNCTION}"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE "${out}")
endfunction()
