#!/usr/bin/env bash
# Runs the test suite for Windows (x86_64-pc-windows-gnu) under Wine, as .ci/run does; setup.sh
# installs Debian's wine and gcc-mingw-w64-x86-64 and the Rust target when missing.
# Tests that need a Unix pseudo-terminal or Unix signals are marked ignored on Windows with the reason.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"

"$root/tests/windows/setup.sh"

mkdir -p "$target/windows-shim"
x86_64-w64-mingw32-gcc -shared -O2 -o "$target/windows-shim/bcryptprimitives.dll" \
    tests/windows/processprng_shim.c tests/windows/bcryptprimitives.def -ladvapi32

export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$root/tests/windows/wine-runner.sh"
export CARGO_TARGET_DIR="$target"
# Wine's first start creates its prefix (a few seconds); doing it once here keeps test timings honest.
"$root/tests/windows/wine-runner.sh" cmd /c exit >/dev/null 2>&1 || true
cargo test --target x86_64-pc-windows-gnu "$@"
