# make_page.cmake — builds the page shell from web/ (run with cmake -P).
#   MODE=bundle  copy index.html, page.css and page.js into OUT_DIR
#   MODE=single  write OUT_FILE: index.html with page.css and page.js inlined
#                and the app's <script> replaced by Emscripten's {{{ SCRIPT }}},
#                to be used as --shell-file for the single-file build.
# In both, page.js gets the shell strings of assets/i18n/shell.tsv.

file(STRINGS "${STRINGS_TSV}" rows ENCODING UTF-8)
list(POP_FRONT rows header)
string(REPLACE "\t" ";" languages "${header}")
list(POP_FRONT languages)
set(json "{")
set(first_language TRUE)
foreach(language IN LISTS languages)
  list(FIND languages "${language}" column)
  math(EXPR column "${column} + 1")
  if(NOT first_language)
    string(APPEND json ",")
  endif()
  set(first_language FALSE)
  string(APPEND json "\"${language}\":{")
  set(first_key TRUE)
  foreach(row IN LISTS rows)
    if(NOT row MATCHES "^shell\\.")
      continue()
    endif()
    string(REPLACE "\t" ";" cells "${row}")
    list(GET cells 0 key)
    list(GET cells ${column} value)
    string(REPLACE "\\" "\\\\" value "${value}")
    string(REPLACE "\"" "\\\"" value "${value}")
    if(NOT first_key)
      string(APPEND json ",")
    endif()
    set(first_key FALSE)
    string(APPEND json "\"${key}\":\"${value}\"")
  endforeach()
  string(APPEND json "}")
endforeach()
string(APPEND json "}")

file(READ "${WEB_DIR}/page.js" page_js)
string(REPLACE "/*@SHELL_STRINGS@*/{}" "${json}" page_js "${page_js}")
file(READ "${WEB_DIR}/index.html" index_html)
file(READ "${WEB_DIR}/page.css" page_css)

if(MODE STREQUAL "bundle")
  file(WRITE "${OUT_DIR}/page.js" "${page_js}")
  file(WRITE "${OUT_DIR}/page.css" "${page_css}")
  file(WRITE "${OUT_DIR}/index.html" "${index_html}")
  file(COPY "${WEB_DIR}/manifest.webmanifest" "${WEB_DIR}/icon.svg" DESTINATION "${OUT_DIR}")
else()
  # From file:// there is nothing to install and no worker to register.
  string(REGEX REPLACE "<link rel=\"manifest\"[^>]*>\n" "" index_html "${index_html}")
  # Nor anything to download: the .wasm and the fonts are inside the file.
  string(REGEX REPLACE "<!-- The app's big files[^>]*>\n" "" index_html "${index_html}")
  string(REGEX REPLACE "<link rel=\"preload\"[^>]*>\n" "" index_html "${index_html}")
  string(REPLACE "<link rel=\"stylesheet\" href=\"page.css\">" "<style>\n${page_css}</style>" html "${index_html}")
  string(REPLACE "<script src=\"page.js\"></script>" "<script>\n${page_js}</script>" html "${html}")
  string(REPLACE "<script async src=\"setright.js\"></script>" "{{{ SCRIPT }}}" html "${html}")
  # Everything is inline, and nothing may be fetched but the inlined data: URIs
  # (Emscripten reads its embedded .wasm so): a file carried on a stick stays offline.
  string(REGEX REPLACE "content=\"default-src 'self';[^\"]*\""
         "content=\"default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; connect-src data:; object-src 'none'; base-uri 'none'; form-action 'none'\""
         html "${html}")
  file(WRITE "${OUT_FILE}" "${html}")
endif()
