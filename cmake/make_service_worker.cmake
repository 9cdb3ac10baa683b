# make_service_worker.cmake — writes OUT_DIR/sw.js from web/sw.js with its
# version: the SHA-256 of the files it caches, so every build that changes
# them makes browsers cache the new set (run with cmake -P after linking),
# and the list of files fetched when first needed it caches too.
set(digest "")
foreach(name index.html page.js page.css setright.js setright.wasm setright.data setright-workbooks.js setright-workbooks.wasm
             manifest.webmanifest icon.svg)
  file(SHA256 "${OUT_DIR}/${name}" one)
  string(APPEND digest "${one}")
endforeach()
# The files fetched when first needed are cached and versioned too: the
# built-in templates and the words of every language but English.
file(GLOB fetched RELATIVE "${OUT_DIR}" "${OUT_DIR}/templates/*.json" "${OUT_DIR}/i18n/*.tsv")
list(SORT fetched)
set(fetched_list "")
foreach(name IN LISTS fetched)
  file(SHA256 "${OUT_DIR}/${name}" one)
  string(APPEND digest "${one}")
  list(APPEND fetched_list "'${name}'")
endforeach()
list(JOIN fetched_list ", " fetched_list)
string(SHA256 version "${digest}")
string(SUBSTRING "${version}" 0 16 version)
file(READ "${WEB_DIR}/sw.js" worker)
string(REPLACE "@VERSION@" "${version}" worker "${worker}")
string(REPLACE "@FETCHED_WHEN_NEEDED@" "${fetched_list}" worker "${worker}")
file(WRITE "${OUT_DIR}/sw.js" "${worker}")
