#!/usr/bin/env bash
# The GitHub Action's step (action.yml): installs the CLI from the action's own checkout on
# first use, then lints in the workspace with --format github (annotations, and the job summary
# in $GITHUB_STEP_SUMMARY). Inputs come as environment variables:
#   PROPOSAL_LINT_PATHS            files, folders or globs, one per line (empty: the proposals in the repository)
#   PROPOSAL_LINT_CONFIG           a config file (empty: the nearest .proposallintrc.json)
#   PROPOSAL_LINT_FAIL_ON_WARNINGS true or false
# Exit codes are the CLI's: 0 clean, 1 errors (or warnings with fail-on-warnings), 2 bad input.
set -euo pipefail
action="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
workspace="${GITHUB_WORKSPACE:-$PWD}"

args=(--format github)
case "${PROPOSAL_LINT_FAIL_ON_WARNINGS:-false}" in
  true) args+=(--max-warnings 0) ;;
  false | '') ;;
  *) echo "proposal-lint action: fail-on-warnings must be true or false (got \"$PROPOSAL_LINT_FAIL_ON_WARNINGS\")" >&2; exit 2 ;;
esac
if [ -n "${PROPOSAL_LINT_CONFIG:-}" ]; then args+=(--config "$PROPOSAL_LINT_CONFIG"); fi
paths=()
while IFS= read -r line; do
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  if [ -n "$line" ]; then paths+=("$line"); fi
done <<< "${PROPOSAL_LINT_PATHS:-}"

if [ ! -f "$action/dist/cli.cjs" ]; then
  echo "::group::Installing proposal-lint"
  (cd "$action" && npm ci --no-audit --no-fund --loglevel=error >&2)
  echo "::endgroup::"
fi
cd "$workspace"
exec node "$action/dist/cli.cjs" "${args[@]}" ${paths[@]+"${paths[@]}"}
