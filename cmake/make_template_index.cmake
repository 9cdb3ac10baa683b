# make_template_index.cmake — writes OUT, one line per built-in template file:
# name, language, the deal's title and the template's summary, tab-separated
# (run with cmake -P; FILES separated by |). The app lists the templates from
# it; the browser bundle fetches a template's file only when one is used.
string(REPLACE "|" ";" files "${FILES}")
set(index "")
foreach(path IN LISTS files)
  get_filename_component(file_name "${path}" NAME)
  # "fit-check.ko.json": the name, then the language.
  string(REGEX MATCH "^(.+)\\.([a-z][a-z])\\.json$" matched "${file_name}")
  if(NOT matched)
    message(FATAL_ERROR "${path}: a template's file is named <name>.<language>.json")
  endif()
  set(name "${CMAKE_MATCH_1}")
  set(language "${CMAKE_MATCH_2}")
  file(READ "${path}" text)
  string(JSON title GET "${text}" deals 0 title)
  string(JSON summary GET "${text}" template summary)
  foreach(field title summary)
    if("${${field}}" MATCHES "[\t\n]")
      message(FATAL_ERROR "${path}: the ${field} has a tab or a line break")
    endif()
  endforeach()
  string(APPEND index "${name}\t${language}\t${title}\t${summary}\n")
endforeach()
file(WRITE "${OUT}.tmp" "${index}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
