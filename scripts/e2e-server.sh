#!/usr/bin/env bash
# The server the browser tests talk to: a fresh SQLite file of its own, seeded with the demo, on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
export DATABASE_URL="file:./data/e2e.db" SIGHTLINE_DEMO=1
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
migrate_database
npx tsx prisma/seed.ts >/dev/null
exec npx next start -H 127.0.0.1 -p "${E2E_PORT:-3100}"
