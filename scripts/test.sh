#!/usr/bin/env bash
# npm test: every check CI runs, in order — types, lint, format, unit tests, the dataset's
# reproducibility, both browser builds, the Firefox package's store lint, and the end-to-end
# tests in real Chromium and Firefox.
set -uo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
status=0
step() {
  echo "== $*"
  "$@" || { echo "!! failed: $*"; status=1; }
}

bash scripts/ensure-browsers.sh || exit 1
mkdir -p .cache
rm -f .cache/unit.json .cache/e2e.json

step npx tsc --noEmit
step npx eslint .
step npx prettier --check .
step npx vitest run --reporter=default --reporter=json --outputFile.json=.cache/unit.json
step npx tsx scripts/build-data.ts --check
step npx wxt build
step npx wxt build -b firefox
# The add-on store's own linter: the Firefox package must pass with no error and no warning.
step npx web-ext lint --source-dir .output/firefox-mv2 --warnings-as-errors --output text
step npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.cache/e2e.json

echo "== sizes: chrome $(du -sk .output/chrome-mv3 2>/dev/null | cut -f1) KiB, firefox $(du -sk .output/firefox-mv2 2>/dev/null | cut -f1) KiB; npm test took $(( $(date +%s) - started )) s"
npx tsx scripts/summarize-tests.ts .cache/unit.json .cache/e2e.json || status=1
exit $status
