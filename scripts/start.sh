#!/usr/bin/env bash
# npm start: everything from a fresh clone to Backstory running on the seed article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh chromium
[ -d node_modules ] || npm ci --no-audit --no-fund
npx wxt build
npx tsx scripts/demo.ts "$@"
