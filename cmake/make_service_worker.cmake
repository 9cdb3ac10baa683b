# make_service_worker.cmake — writes OUT_DIR/sw.js from web/sw.js with its
# version: the SHA-256 of the files it caches, so every build that changes
# them makes browsers cache the new set (run with cmake -P after linking).
set(digest "")
foreach(name index.html page.js page.css setright.js setright.wasm setright.data setright-workbooks.js setright-workbooks.wasm
             manifest.webmanifest icon.svg)
  file(SHA256 "${OUT_DIR}/${name}" one)
  string(APPEND digest "${one}")
endforeach()
string(SHA256 version "${digest}")
string(SUBSTRING "${version}" 0 16 version)
file(READ "${WEB_DIR}/sw.js" worker)
string(REPLACE "@VERSION@" "${version}" worker "${worker}")
file(WRITE "${OUT_DIR}/sw.js" "${worker}")
