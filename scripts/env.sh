# env.sh — settings every Setright script shares. Sourced, never run.
#
# SETRIGHT_DEPS   where bootstrap keeps third-party sources and builds, outside
#                 the source tree so a fresh clone reuses them (default
#                 ~/.cache/setright).
# NODE_PATH       Debian's emscripten needs Debian's acorn for its JS optimizer.

SETRIGHT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export SETRIGHT_DEPS=${SETRIGHT_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/setright}
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# Versions the build is pinned to. ImGui comes from Debian's newest suite, whose
# version moves within 1.92.x; the build accepts any 1.92.x and records it.
SETRIGHT_IMGUI_SUITE=forky
SETRIGHT_IMGUI_SERIES=1.92.
SETRIGHT_SDL2_SUITE=bookworm
SETRIGHT_SDL2_VERSION=2.26.5
SETRIGHT_ZLIB_SUITE=bookworm
SETRIGHT_ZLIB_VERSION='1:1.2.13*'
SETRIGHT_LIBCSV_SUITE=bookworm
SETRIGHT_LIBCSV_VERSION='3.0.3*'
SETRIGHT_EXPAT_SUITE=bookworm
SETRIGHT_EXPAT_VERSION='2.5.0*'
SETRIGHT_XLSXWRITER_SUITE=bookworm
SETRIGHT_XLSXWRITER_VERSION='1.1.4*'

say() { printf 'setright: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
