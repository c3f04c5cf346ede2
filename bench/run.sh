#!/usr/bin/env bash
# The whole benchmark in one command (bench/README.md, docs/benchmarks.md):
#   bash bench/run.sh            100,000 contracts on SQLite, the growth table at 10k, 100k and 1M, results
#                                written into docs/benchmarks.md and bench/results/
#   bash bench/run.sh --quick    a smoke run (10,000 contracts, 3 s per page); the doc is not changed
#   bash bench/run.sh --only register      some scenarios only; the doc is not changed
#   bash bench/run.sh --postgres           PostgreSQL as well: the server in LC_BENCH_POSTGRES (a connection
#                                          string), else a throwaway cluster (scripts/lib/postgres.sh)
# Exit code: 0 every target met, 1 a target missed, 2 the run failed.
set -euo pipefail
cd "$(dirname "$0")/.."
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v hey >/dev/null || { echo "hey is not installed (Debian: apt-get install hey)" >&2; exit 2; }

publish=bench/.cache/publish
echo "Publishing the portal and the baselines (Release)..."
dotnet publish src/LeedsCommissioning.Web -c Release -o "$publish/web" -v q --nologo >/dev/null
dotnet publish bench/LeedsCommissioning.Baselines -c Release -o "$publish/baselines" -v q --nologo >/dev/null
dotnet build bench/LeedsCommissioning.Benchmarks -c Release -v q --nologo >/dev/null

if [[ " $* " == *" --postgres "* && -z "${LC_BENCH_POSTGRES:-}" ]]; then
  # No server given: a throwaway cluster, so its generated database lasts this run only.
  # shellcheck source=../scripts/lib/postgres.sh
  source scripts/lib/postgres.sh
  pg_start
  trap pg_stop EXIT
  export LC_BENCH_POSTGRES="$PG_CONNECTION"
fi

export LC_BENCH_COMMIT
LC_BENCH_COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' with uncommitted changes')"
status=0
dotnet bench/LeedsCommissioning.Benchmarks/bin/Release/net10.0/LeedsCommissioning.Benchmarks.dll \
  --publish "$publish" --cache bench/.cache --results bench/results --doc docs/benchmarks.md "$@" || status=$?
exit $status
