#!/usr/bin/env bash
# Two app instances on one PostgreSQL database (SIGHTLINE_INSTANCES_DATABASE_URL, recreated and seeded),
# on 127.0.0.1:INSTANCE_A_PORT and :INSTANCE_B_PORT, for e2e/instances. Stops both when it is stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
export DATABASE_URL="${SIGHTLINE_INSTANCES_DATABASE_URL:?SIGHTLINE_INSTANCES_DATABASE_URL must name a PostgreSQL database}" SIGHTLINE_DEMO=1
npx tsx scripts/db/recreate-postgres.ts
migrate_database >/dev/null
npx tsx prisma/seed.ts >/dev/null
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT INT TERM
npx next start -H 127.0.0.1 -p "${INSTANCE_A_PORT:-3201}" &
npx next start -H 127.0.0.1 -p "${INSTANCE_B_PORT:-3202}" &
wait
