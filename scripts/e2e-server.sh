#!/usr/bin/env bash
# The server the browser tests talk to: a fresh database of its own, seeded with the demo, on loopback.
# SQLite by default; the PostgreSQL database SIGHTLINE_E2E_DATABASE_URL names when it is set (recreated).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
export SIGHTLINE_DEMO=1
# A secret of its own, so the bundle scan (e2e/security/client-bundles.spec.ts) looks for a real one.
export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-sightline-e2e-session-secret-4c1f8b2d9e7a6035}"
if [ -n "${SIGHTLINE_E2E_DATABASE_URL:-}" ]; then
  export DATABASE_URL="$SIGHTLINE_E2E_DATABASE_URL"
  npx tsx scripts/db/recreate-postgres.ts
else
  export DATABASE_URL="file:./data/e2e.db"
  rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
fi
migrate_database >/dev/null
npx tsx prisma/seed.ts >/dev/null
exec npx next start -H 127.0.0.1 -p "${E2E_PORT:-3100}"
