# make_service_worker.cmake — writes OUT_DIR/sw.js from web/sw.js with its
# version: the SHA-256 of the files it caches, so every build that changes
# them makes browsers cache the new set (run with cmake -P after linking),
# and the list of built-in templates it caches.
set(digest "")
foreach(name index.html page.js page.css setright.js setright.wasm setright.data setright-workbooks.js setright-workbooks.wasm
             manifest.webmanifest icon.svg)
  file(SHA256 "${OUT_DIR}/${name}" one)
  string(APPEND digest "${one}")
endforeach()
# The built-in templates (templates/*.json) are cached and versioned too.
file(GLOB templates RELATIVE "${OUT_DIR}" "${OUT_DIR}/templates/*.json")
list(SORT templates)
set(template_list "")
foreach(name IN LISTS templates)
  file(SHA256 "${OUT_DIR}/${name}" one)
  string(APPEND digest "${one}")
  list(APPEND template_list "'${name}'")
endforeach()
list(JOIN template_list ", " template_list)
string(SHA256 version "${digest}")
string(SUBSTRING "${version}" 0 16 version)
file(READ "${WEB_DIR}/sw.js" worker)
string(REPLACE "@VERSION@" "${version}" worker "${worker}")
string(REPLACE "@TEMPLATES@" "${template_list}" worker "${worker}")
file(WRITE "${OUT_DIR}/sw.js" "${worker}")
