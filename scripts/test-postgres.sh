#!/usr/bin/env bash
# Run the web tests against a throwaway PostgreSQL cluster (step d of .ci/run).
#
#   bash scripts/test-postgres.sh [extra dotnet test arguments, e.g. --no-build or --filter X]
#
# Needs Debian's postgresql package (initdb/pg_ctl under /usr/lib/postgresql/15/bin).
# LC_PG_PORT picks the first port to try (default 55432). The cluster and its data
# directory are removed on exit, whatever happens.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# shellcheck source=lib/postgres.sh
source "$root/scripts/lib/postgres.sh"
trap pg_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pg_start
echo "LC_TEST_DATABASE=PostgreSql LC_TEST_POSTGRES=\"$PG_CONNECTION\""
rc=0
LC_TEST_DATABASE=PostgreSql LC_TEST_POSTGRES="$PG_CONNECTION" \
  dotnet test tests/LeedsCommissioning.Web.Tests "$@" || rc=$?
exit "$rc"
