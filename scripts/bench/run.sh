#!/usr/bin/env bash
# `npm run bench`: installs what is missing (as `npm start` does), then runs the benchmark (index.ts).
# Arguments are passed on: npm run bench -- --sizes 10000,100000 --page-seconds 10
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
ensure_dependencies
exec npx tsx scripts/bench/index.ts "$@"
