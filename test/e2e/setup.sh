#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end tests, with no network but the npm registry
# and Debian's apt: code-server (which ships VS Code's server, Node extension host and web
# workbench) into a git-ignored cache folder, plus Debian's chromium, ripgrep and the
# kerberos headers. Idempotent: finished steps are skipped (a few seconds when done).
#
#   bash test/e2e/setup.sh [CACHE_DIR]      (default: .e2e-cache in the repository)
#
# Why each workaround (facts measured on these machines):
# - code-server's postinstall refuses to run as root and would `npm install` VS Code's
#   server with a GitHub git URL in its shrinkwrap: install with --ignore-scripts and do
#   its steps here, rewriting git-resolved entries to the registry tarball of the same
#   version (the integrity hash is identical, so the bytes are the same).
# - native modules try to download prebuilt binaries from GitHub: they fall back to
#   node-gyp builds from source (kerberos needs libkrb5-dev).
# - @vscode/ripgrep downloads rg from GitHub: Debian's ripgrep is copied in instead.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
DIR="${1:-${E2E_CACHE:-$root/.e2e-cache}}"
CS_VERSION="${CS_VERSION:-4.96.4}"
mkdir -p "$DIR"; DIR="$(cd "$DIR" && pwd)"
CS="$DIR/code-server"; PKG="$CS/node_modules/code-server"; VS="$PKG/lib/vscode"
export XDG_CONFIG_HOME="$DIR/xdg/config" XDG_DATA_HOME="$DIR/xdg/data" XDG_CACHE_HOME="$DIR/xdg/cache"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
step() { printf '[e2e setup %4ss] %s\n' "$SECONDS" "$*"; }

if [ "$(node -p 'process.versions.node.split(".")[0]')" != 20 ] && [ -z "${FORCE_NODE_VERSION:-}" ]; then
  echo "e2e setup: code-server $CS_VERSION needs Node 20 (found $(node -v)); set FORCE_NODE_VERSION=1 to try anyway" >&2
  exit 1
fi

# 1. Debian packages
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
[ -e /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v python3 >/dev/null || need+=(python3)
# Japanese glyphs: the Problems panel check measures the width Japanese rows really take
# (without a CJK font Chromium draws placeholder boxes), and the screenshots must be readable.
command -v fc-list >/dev/null || need+=(fontconfig)
[ -n "$(fc-list :lang=ja family 2>/dev/null)" ] || need+=(fonts-noto-cjk)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "e2e setup: please install these Debian packages first: ${need[*]} (e.g. sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
  step "apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# 2. code-server with its install scripts off
if [ "$(node -p "try{require('$PKG/package.json').version}catch{''}")" != "$CS_VERSION" ]; then
  step "npm install --ignore-scripts code-server@$CS_VERSION"
  rm -f "$CS/.setup-done"
  mkdir -p "$CS"
  [ -f "$CS/package.json" ] || echo '{"name":"e2e-code-server","private":true}' > "$CS/package.json"
  (cd "$CS" && npm install --ignore-scripts --no-save --loglevel=error "code-server@$CS_VERSION")
fi

if [ ! -f "$CS/.setup-done" ]; then
  step "build argon2 from source"
  (cd "$CS" && npm rebuild argon2 --loglevel=error >/dev/null)

  step "rewrite git-resolved shrinkwrap entries to registry tarballs"
  [ -f "$VS/npm-shrinkwrap.json.orig" ] || cp "$VS/npm-shrinkwrap.json" "$VS/npm-shrinkwrap.json.orig"
  node "$here/rewrite-shrinkwrap.cjs" "$VS/npm-shrinkwrap.json"

  step "VS Code server dependencies (no scripts)"
  (cd "$VS" && npm install --omit=dev --ignore-scripts --loglevel=error >/dev/null)
  mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
  cp -f "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"
  step "build native modules from source (node-gyp)"
  (cd "$VS" && npm rebuild --loglevel=error >/dev/null 2>&1 || true)
  for m in node-pty/build/Release/pty.node @vscode/spdlog/build/Release/spdlog.node native-watchdog/build/Release/watchdog.node; do
    [ -f "$VS/node_modules/$m" ] || { echo "e2e setup: native module $m did not build" >&2; exit 1; }
  done
  step "the rest of code-server's postinstall"
  (cd "$VS" && rm -rf node_modules.asar && ln -s node_modules node_modules.asar)
  (cd "$VS/bin/remote-cli" && ln -sfn code-linux.sh code-server)
  (cd "$VS/bin/helpers" && ln -sfn browser-linux.sh browser.sh)
  (cd "$VS/extensions" && npm install --omit=dev --loglevel=error >/dev/null)
  touch "$CS/.setup-done"
fi
step "ready: $("$CS/node_modules/.bin/code-server" --version | head -1)"
