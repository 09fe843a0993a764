# Shared by the start and test scripts: quiet, offline-friendly defaults and the install step.
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
# better-sqlite3 compiles from source; build it against the machine's Node headers when they are there.
if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi

ensure_dependencies() {
  # The committed lockfile cannot list other platforms' optional binaries, so `npm ci` refuses it here;
  # `npm install` with the lockfile installs the same versions.
  if [ ! -d node_modules ] || [ package.json -nt node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "› Installing dependencies (npm install)…"
    npm install --no-audit --no-fund
  fi
}

migrate_database() {
  mkdir -p data
  echo "› Migrating the database…"
  npx tsx scripts/db/migrate.ts
}
