#!/usr/bin/env bash
# The benchmark at 1k Cloud PCs, so `npm run bench` cannot rot: every figure is taken once, against the
# production build scripts/test.sh has just made in .next (never rebuilt here), with the benchmark's own
# server on a free port in 3300-3310, stopped at the end. It fails only when a step breaks, never on a timing.
# Arguments are passed on (after the defaults, so they win): --database postgresql --out data/bench/smoke-results-postgresql.json
set -uo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
echo "› Benchmark smoke run (1k Cloud PCs)…"
if npx tsx scripts/bench/index.ts --sizes 1000 --page-seconds 2 --no-build --out data/bench/smoke-results.json "$@"; then
  echo "› Benchmark smoke run: every step ran."
else
  echo "The benchmark smoke run broke (see above)."
  exit 1
fi
