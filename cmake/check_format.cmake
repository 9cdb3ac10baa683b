# check_format.cmake — every C++ file is as .clang-format writes it.
# Run by ctest ("format: ..."): cmake -DSOURCE_DIR=<repo> -DCLANG_FORMAT=<exe> -P check_format.cmake
# To apply: clang-format-14 -i $(git ls-files '*.cpp' '*.hpp')
file(GLOB_RECURSE files "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.hpp" "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.hpp")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
                RESULT_VARIABLE result ERROR_VARIABLE complaints)
if(NOT result EQUAL 0)
  string(SUBSTRING "${complaints}" 0 3000 shown)
  message(FATAL_ERROR "not formatted as .clang-format says (apply: clang-format-14 -i <file>):\n${shown}")
endif()
