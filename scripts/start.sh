#!/usr/bin/env bash
# Runs Sightline on the embedded SQLite database with the demo tenants at http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

export DATABASE_URL="${DATABASE_URL:-file:./data/sightline.db}"
export SIGHTLINE_DEMO="${SIGHTLINE_DEMO:-1}"
PORT="${PORT:-3000}"

ensure_dependencies
migrate_database
echo "› Seeding the demo tenants and accounts (idempotent)…"
npx tsx prisma/seed.ts
echo "› Building…"
npx next build >/dev/null
echo "› Sightline is starting at http://localhost:$PORT (demo accounts are listed in the README)"
exec npx next start -H 127.0.0.1 -p "$PORT"
