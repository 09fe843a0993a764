#!/usr/bin/env bash
# Runs every test: unit tests (Vitest), then browser tests (Playwright on Debian's Chromium) against a
# production build. Ends with the line "N passed, N failed" summing both, and exits non-zero on any
# failure or when no test ran.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
mkdir -p .reports data
rm -f .reports/*.json

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  if [ "$(id -u)" = "0" ]; then
    echo "› Installing Debian's Chromium for the browser tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || { echo "Could not install chromium with apt-get."; return 1; }
  else
    echo "The browser tests need Debian's Chromium at /usr/bin/chromium. Install it with: sudo apt-get install -y chromium"
    return 1
  fi
}

set -e
ensure_dependencies
ensure_chromium
export DATABASE_URL="file:./data/build.db"
migrate_database
set +e

echo "› Unit tests (Vitest)…"
npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest.json
unit_status=$?

echo "› Building the app for the browser tests…"
if npx next build > .reports/build.log 2>&1; then
  echo "› Browser tests (Playwright)…"
  PLAYWRIGHT_JSON_OUTPUT_NAME=.reports/playwright.json npx playwright test --reporter=list,json
  e2e_status=$?
else
  cat .reports/build.log
  echo "The build failed; the browser tests did not run."
  e2e_status=1
fi

if [ "${SIGHTLINE_BENCH_SMOKE:-1}" = "1" ] && [ -f scripts/bench/smoke.sh ]; then
  bash scripts/bench/smoke.sh || e2e_status=1
fi

node scripts/test-summary.mjs .reports/vitest.json .reports/playwright.json
summary_status=$?
if [ $unit_status -ne 0 ] || [ $e2e_status -ne 0 ] || [ $summary_status -ne 0 ]; then exit 1; fi
