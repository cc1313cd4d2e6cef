#!/usr/bin/env bash
# Installs the editors the language server is tested with (test/slow/editors.test.ts), from
# Debian's apt only: Neovim (its built-in LSP client) and, with EDITORS_EMACS=1, Emacs with
# eglot. Idempotent: an editor already installed is skipped (well under a second then).
#
#   bash test/editors/setup.sh
set -euo pipefail
need=()
command -v nvim >/dev/null || need+=(neovim)
if [ -n "${EDITORS_EMACS:-}" ]; then
  command -v emacs >/dev/null || need+=(emacs-nox)
  [ -d /usr/share/emacs/site-lisp/elpa-src ] && ls /usr/share/emacs/site-lisp/elpa-src | grep -q '^eglot-' || need+=(elpa-eglot)
fi
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "editors setup: please install these Debian packages first: ${need[*]} (e.g. sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
  echo "[editors setup] apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "[editors setup] ready: $(nvim --version | head -1)"
