#!/usr/bin/env bash
# Adds a migration with the same name to every provider's migrations assembly, so they never drift.
# Usage: scripts/add-migration.sh AddContracts
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh MigrationName}"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  project="src/LeedsCommissioning.Migrations.$provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
