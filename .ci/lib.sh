# Shared by .ci/app and .ci/test: install what a fresh Debian machine lacks.
# Only Rust, Node and root are assumed; everything else is installed here, idempotently.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '\n== [%ss] %s\n' "$SECONDS" "$*" >&2; }

# Debian packages the build and tests need. gcc builds the bundled SQLCipher, which takes its
# crypto from the system's libcrypto (libssl-dev); pkg-config helps -sys crates find what they need. The app (Tauri 2) needs WebKitGTK
# and GTK; its end-to-end tests need WebKitWebDriver and a virtual X display; the HQ
# dashboard's browser tests need Chromium (driven headless through playwright-core). HQ's tests
# and bench start throwaway PostgreSQL clusters from Debian's server binaries (as `nobody` when
# run as root: initdb refuses root; `runuser` is in util-linux, always there).
APT_PACKAGES=(build-essential pkg-config perl ca-certificates libssl-dev
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev libxdo-dev
  webkit2gtk-driver xvfb xauth chromium postgresql)

install_system_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    log "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

ensure_rust_components() {
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
}

# npm packages of one folder (from its lock file), installed when missing or older than the lock.
install_npm_packages() {
  local dir="$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
    log "installing npm packages in ${dir#$ROOT/}"
    (cd "$dir" && npm ci --no-audit --no-fund)
    touch "$dir/node_modules"
  fi
}

# The UI, type-checked and built into ui/dist, which the app binary embeds at compile time.
build_ui() {
  install_npm_packages "$ROOT/ui"
  log "UI: type check and build"
  (cd "$ROOT/ui" && npm run --silent build)
}

# tauri-driver, the WebDriver server for Tauri apps, from crates.io (pinned), cached outside
# the clone so a second run does not build it again.
TOOLS="${WAYPOINT_TOOLS:-$HOME/.cache/waypoint-tools}"
install_tauri_driver() {
  if [ ! -x "$TOOLS/bin/tauri-driver" ]; then
    log "installing tauri-driver"
    # Not linted as ours: without the test run's Clippy wrapper and -D warnings.
    env -u RUSTC_WORKSPACE_WRAPPER -u RUSTFLAGS cargo install --locked --root "$TOOLS" tauri-driver@2.1.0
  fi
  export TAURI_DRIVER="$TOOLS/bin/tauri-driver"
}

# The comparison peer of `waypoint-bench sync` (automerge-repo, from its lock file). Without it
# the bench skips the comparison and says so.
install_bench_peers() {
  local dir="$ROOT/crates/bench/peers/automerge-repo"
  [ -f "$dir/package-lock.json" ] || return 0
  install_npm_packages "$dir"
}
