# Sourced by the other scripts: the pinned tool versions and the PATH that finds them.
TRUNK_VERSION="0.21.14"
# The wasm-bindgen CLI must match the crate exactly; Cargo.lock is the one source of truth.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
log() { printf '\033[1m== %s\033[0m\n' "$*"; }
