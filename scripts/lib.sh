# Shared helpers for scripts/run.sh and scripts/test.sh: install what is
# missing, so both work on a fresh Debian machine with only rustup's Rust.
# shellcheck shell=bash

CARGO_LEPTOS_VERSION=0.3.4
WASM_BINDGEN_VERSION=0.2.130
LEPTOSFMT_VERSION=0.1.33

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

ensure_rust_tools() {
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 16 minutes, once)"
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  if ! leptosfmt --version 2>/dev/null | grep -q "$LEPTOSFMT_VERSION"; then
    say "installing leptosfmt $LEPTOSFMT_VERSION (about 3 minutes, once)"
    cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
  fi
}

ensure_apt() { # ensure_apt COMMAND PACKAGE
  if ! command -v "$1" >/dev/null 2>&1; then
    say "installing $2 from Debian"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2"
  fi
}

ensure_e2e_deps() {
  ensure_apt chromium chromium
  ensure_apt node nodejs
  ensure_apt npm npm
  ensure_apt java default-jre-headless # the Nu HTML Checker (vnu-jar) runs on Java
  if [ ! -d end2end/node_modules/@playwright/test ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    say "installing the end-to-end test packages (npm)"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund)
  fi
}

ensure_validators() { # the export tests check schedule.xml/.json and .ics with these
  ensure_apt xmllint libxml2-utils
  ensure_apt python3 python3
  if ! python3 -c 'import jsonschema, icalendar' >/dev/null 2>&1; then
    say "installing the Python validators (jsonschema, icalendar)"
    # pip where Python allows it; Debian's own python3 refuses (PEP 668),
    # so fall back to its packages.
    python3 -m pip install -q jsonschema icalendar 2>/dev/null || {
      local sudo=""
      [ "$(id -u)" -ne 0 ] && sudo="sudo"
      $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-jsonschema python3-icalendar
    }
  fi
}

ensure_wasm_opt() { # release builds run wasm-opt; Debian's binaryen is too old
  local tools="$PWD/target/tools"
  export PATH="$tools/node_modules/.bin:$PATH"
  if ! wasm-opt --version 2>/dev/null | grep -Eq 'version 1[2-9][0-9]'; then
    ensure_apt npm npm
    say "installing wasm-opt (npm binaryen 132)"
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --no-save binaryen@132.0.0
  fi
}
