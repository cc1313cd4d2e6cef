#!/usr/bin/env bash
# Installs the editors the language server is tested with (test/slow/editors.test.ts), from
# Debian's apt only: `neovim` (its built-in LSP client) and `emacs` (emacs-nox with the eglot
# and markdown-mode packages). Idempotent: what is installed already is skipped (well
# under a second then).
#
#   bash test/editors/setup.sh neovim|emacs...
set -euo pipefail
need=()
for editor in "${@:-neovim}"; do
  case "$editor" in
    neovim) command -v nvim >/dev/null || need+=(neovim) ;;
    emacs)
      command -v emacs >/dev/null || need+=(emacs-nox)
      for p in eglot markdown-mode; do
        compgen -G "/usr/share/emacs/site-lisp/elpa-src/$p-*" >/dev/null || need+=("elpa-$p")
      done ;;
    *) echo "editors setup: unknown editor $editor (neovim or emacs)" >&2; exit 2 ;;
  esac
done
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "editors setup: please install these Debian packages first: ${need[*]} (e.g. sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
  echo "[editors setup] apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
for editor in "${@:-neovim}"; do
  case "$editor" in
    neovim) echo "[editors setup] ready: $(nvim --version | head -1)" ;;
    emacs) echo "[editors setup] ready: $(emacs --version | head -1), $(cd /usr/share/emacs/site-lisp/elpa-src && echo eglot-*)" ;;
  esac
done
