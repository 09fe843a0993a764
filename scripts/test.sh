#!/usr/bin/env bash
# Runs every test: unit tests (Vitest), then browser tests (Playwright on Debian's Chromium) against a
# production build, on the embedded SQLite; then both suites again on PostgreSQL (installed from Debian
# when missing), and two app instances sharing one PostgreSQL database. Ends with the line
# "N passed, N failed" summing them all, and exits non-zero on any failure or when no test ran.
# SIGHTLINE_TEST_POSTGRES=0 skips the PostgreSQL pass (and says so).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/postgres.sh
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

reports=(.reports/vitest.json .reports/playwright.json)
echo "› Building the app for the browser tests…"
built=0
if npx next build > .reports/build.log 2>&1; then
  built=1
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

pg_status=0
if [ "${SIGHTLINE_TEST_POSTGRES:-1}" = "1" ]; then
  reports+=(.reports/vitest-postgres.json .reports/playwright-postgres.json .reports/playwright-instances.json)
  if ensure_postgres; then
    echo "› Unit tests on PostgreSQL…"
    SIGHTLINE_TEST_POSTGRES_URL="$SIGHTLINE_PG_URL/sightline_test" \
      npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest-postgres.json || pg_status=1
    if [ $built = 1 ]; then
      echo "› Browser tests on PostgreSQL…"
      SIGHTLINE_E2E_DATABASE_URL="$SIGHTLINE_PG_URL/sightline_e2e" PLAYWRIGHT_JSON_OUTPUT_NAME=.reports/playwright-postgres.json \
        npx playwright test --reporter=list,json || pg_status=1
      echo "› Two app instances on one PostgreSQL database…"
      SIGHTLINE_INSTANCES_DATABASE_URL="$SIGHTLINE_PG_URL/sightline_instances" PLAYWRIGHT_JSON_OUTPUT_NAME=.reports/playwright-instances.json \
        npx playwright test --config playwright.instances.config.ts --reporter=list,json || pg_status=1
    fi
  else
    echo "PostgreSQL is not available: its pass did not run."
    pg_status=1
  fi
else
  echo "SIGHTLINE_TEST_POSTGRES=0: the PostgreSQL pass was skipped."
fi

node scripts/test-summary.mjs "${reports[@]}"
summary_status=$?
if [ $unit_status -ne 0 ] || [ $e2e_status -ne 0 ] || [ $pg_status -ne 0 ] || [ $summary_status -ne 0 ]; then exit 1; fi
