# Shared by .ci/app and .ci/test: install what a fresh Debian machine lacks.
# Only Rust, Node and root are assumed; everything else is installed here, idempotently.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '\n== [%ss] %s\n' "$SECONDS" "$*" >&2; }

# Debian packages the build and tests need. gcc builds the bundled SQLCipher, which takes its
# crypto from the system's libcrypto (libssl-dev); pkg-config helps -sys crates find what they need. The app (Tauri 2) needs WebKitGTK
# and GTK; its end-to-end tests need WebKitWebDriver (driven directly: tests/support/processes.mjs
# says why not through tauri-driver) and a virtual X display; the HQ
# dashboard's browser tests need Chromium (driven headless through playwright-core). HQ's tests
# and bench start throwaway PostgreSQL clusters from Debian's server binaries (as `nobody` when
# run as root: initdb refuses root; `runuser` is in util-linux, always there).
APT_PACKAGES=(build-essential pkg-config perl ca-certificates libssl-dev
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev libxdo-dev
  webkit2gtk-driver xvfb xauth chromium postgresql git xz-utils)

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

# The comparison peer of `waypoint-bench sync` (automerge-repo, from its lock file). Without it
# the bench skips the comparison and says so.
install_bench_peers() {
  local dir="$ROOT/crates/bench/peers/automerge-repo"
  [ -f "$dir/package-lock.json" ] || return 0
  install_npm_packages "$dir"
}

# Every process a run starts carries this mark in its environment, and passes it on to all it
# starts, so that whatever outlives its step can be found, named and stopped. Processes that
# did not come from this run never have it. Set after the system's packages are installed, so
# services their installation starts are not the run's. What it cannot see: a process that
# clears its environment (none here does) or hides it (another user's, when not root). A daemon
# a developer's own tools start during the run (an sccache server) is the run's too: start it
# before the run.
mark_run() {
  export WAYPOINT_RUN="$$-$(date +%s%N)"
  trap 'status=$?; stop_leftovers || { [ "$status" -ne 0 ] || status=1; }; exit "$status"' EXIT
  # Ctrl-C or a stop from outside: end through the EXIT trap above.
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# Process ids of live processes that carry this run's mark. Only bash builtins: a forked
# subshell keeps bash's own starting environment (which never held the mark), so the search
# does not find itself.
run_leftovers() {
  local f pid var
  for f in /proc/[0-9]*/environ; do
    pid="${f#/proc/}"
    pid="${pid%/environ}"
    while IFS= read -r -d '' var; do
      if [ "$var" = "WAYPOINT_RUN=$WAYPOINT_RUN" ]; then
        echo "$pid"
        break
      fi
    done 2>/dev/null <"$f" || true
  done
}

# Names each left-over process, stops it (TERM, then KILL after 5 s), and fails if there was one.
stop_leftovers() {
  local left pid
  left="$(run_leftovers)"
  [ -z "$left" ] && return 0
  for pid in $left; do
    printf '  still running: pid %s: %s\n' "$pid" "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" >&2
  done
  # shellcheck disable=SC2086
  kill -TERM $left 2>/dev/null || true
  local deadline=$((SECONDS + 5))
  while [ -n "$(run_leftovers)" ] && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
  left="$(run_leftovers)"
  if [ -n "$left" ]; then
    # shellcheck disable=SC2086
    kill -KILL $left 2>/dev/null || true
  fi
  return 1
}

# After a step that starts processes ($1 names it): nothing it started is still alive.
check_nothing_left() {
  if ! stop_leftovers; then
    log "processes outlived the step \"$1\" (named above, now stopped)"
    return 1
  fi
}

# Whether something accepts connections on $1:$2 (bash's /dev/tcp: no curl on a fresh
# machine; HQ speaks HTTPS, which bash cannot, and listens only once it is ready to serve).
port_open() {
  { exec 3<>"/dev/tcp/$1/$2"; } 2>/dev/null || return 1
  exec 3>&-
}

# Waits until `port_open $1 $2` or the deadline ($3 seconds) passes, then says what it waited
# for; gives up at once if the process $4 that should listen has exited.
wait_for_port() {
  local deadline=$((SECONDS + $3))
  until port_open "$1" "$2"; do
    if ! kill -0 "$4" 2>/dev/null; then
      log "the server that should listen on $1:$2 exited (its message is above)"
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "waited $3 s for $1:$2 to accept connections; it did not"
      return 1
    fi
    sleep 0.1
  done
}
