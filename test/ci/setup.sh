#!/usr/bin/env bash
# Installs what the CI integrations are tested with (test/slow/ci-hooks.test.ts), from Debian's
# apt only: `pre-commit` (for `pre-commit try-repo` on .pre-commit-hooks.yaml) and `git`.
# Idempotent: what is installed already is skipped.
#
#   bash test/ci/setup.sh
set -euo pipefail
need=()
command -v pre-commit >/dev/null || need+=(pre-commit)
command -v git >/dev/null || need+=(git)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "ci setup: please install these Debian packages first: ${need[*]} (e.g. sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
  echo "[ci setup] apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "[ci setup] ready: $(pre-commit --version), $(git --version)"
