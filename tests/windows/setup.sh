#!/usr/bin/env bash
# Installs what the Windows suite needs, when missing: Debian's wine and mingw-w64 (as root) and the
# Rust target x86_64-pc-windows-gnu. Exits non-zero, saying why, when they cannot be had here.
set -euo pipefail
if ! command -v wine >/dev/null || ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        echo "windows: installing wine and mingw-w64 from Debian's packages" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wine64 gcc-mingw-w64-x86-64 >/dev/null
    else
        echo "windows: needs wine and gcc-mingw-w64-x86-64 (apt-get install wine64 gcc-mingw-w64-x86-64)" >&2
        exit 1
    fi
fi
rustup target add x86_64-pc-windows-gnu >/dev/null
