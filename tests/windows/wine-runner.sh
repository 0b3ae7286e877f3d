#!/usr/bin/env bash
# Cargo's runner for the x86_64-pc-windows-gnu target: runs a test binary (or lgd.exe) under Wine.
# WINEPATH points at the ProcessPrng shim (processprng_shim.c) that Wine 8 lacks; the Wine prefix lives
# in the target folder so a run never touches the user's ~/.wine.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${CARGO_TARGET_DIR:-$here/../../target}"
shim="$target/windows-shim"
export WINEPREFIX="${WINEPREFIX:-$target/wineprefix}"
export WINEDEBUG="${WINEDEBUG:--all}"
export WINEPATH="Z:${shim//\//\\}"
exec wine "$@"
