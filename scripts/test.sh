#!/usr/bin/env bash
# The whole test run (root `pnpm test`, which CI runs): prerequisites, build, typecheck, every package's
# tests, the publish checks (publint, attw) and the linter. Every step runs even after a failure, so one run
# shows everything; the closing lines add up the tests of all packages; the exit code is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/test-prereqs.sh || exit 1
node scripts/testSummary.mjs --clean

failed=()
step() {
  local name=$1
  shift
  echo "::: $name"
  "$@" || failed+=("$name")
}

step build pnpm exec turbo run build typecheck --continue
step test pnpm exec turbo run test --concurrency=1 --continue -- --reporter=default --reporter=json --outputFile.json=.vitest/report.json
step publish-checks node scripts/checkPackages.mjs
step lint pnpm lint

echo
if [ ${#failed[@]} -gt 0 ]; then echo "failed steps: ${failed[*]}"; fi
node scripts/testSummary.mjs || failed+=(summary)
[ ${#failed[@]} -eq 0 ]
