# Sourced by the test script: a PostgreSQL server on 127.0.0.1 for the second pass of the tests.
# Installs Debian's postgresql when it is missing (as root), starts its cluster, and makes a role that
# may create databases. Sets SIGHTLINE_PG_URL (a URL without a database name's suffix: tests add theirs).

SIGHTLINE_PG_ROLE="${SIGHTLINE_PG_ROLE:-sightline_test}"
SIGHTLINE_PG_PASSWORD="${SIGHTLINE_PG_PASSWORD:-sl-test-4b7e91c2d05a}"

pg_cluster_version() {
  pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1}'
}

ensure_postgres() {
  if [ -n "${SIGHTLINE_PG_URL:-}" ]; then return 0; fi
  if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_cluster_version)" ]; then
    if [ "$(id -u)" != "0" ]; then
      echo "The PostgreSQL pass needs Debian's postgresql (sudo apt-get install -y postgresql) or SIGHTLINE_PG_URL."
      return 1
    fi
    echo "› Installing Debian's PostgreSQL for the second pass of the tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || { echo "Could not install postgresql with apt-get."; return 1; }
  fi
  local version
  version="$(pg_cluster_version)"
  if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
    pg_ctlcluster "$version" main start || { echo "Could not start the PostgreSQL cluster."; return 1; }
  fi
  # Loopback only, whatever the cluster's configuration says.
  local port
  port="$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')"
  su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" <<SQL || { echo "Could not create the PostgreSQL role."; return 1; }
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$SIGHTLINE_PG_ROLE') THEN
    CREATE ROLE $SIGHTLINE_PG_ROLE LOGIN CREATEDB PASSWORD '$SIGHTLINE_PG_PASSWORD';
  ELSE
    ALTER ROLE $SIGHTLINE_PG_ROLE LOGIN CREATEDB PASSWORD '$SIGHTLINE_PG_PASSWORD';
  END IF;
END \$\$;
SQL
  export SIGHTLINE_PG_URL="postgresql://$SIGHTLINE_PG_ROLE:$SIGHTLINE_PG_PASSWORD@127.0.0.1:$port"
}
