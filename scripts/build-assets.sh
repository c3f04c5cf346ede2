#!/usr/bin/env bash
# Build the committed front-end assets for LeedsCommissioning.Web.
# Usage: npm ci && npm run build:assets   (or: bash scripts/build-assets.sh, from any directory)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

web="src/LeedsCommissioning.Web"
govuk="node_modules/govuk-frontend/dist/govuk"

if [[ ! -d "$govuk" ]]; then
  echo "build-assets: $govuk not found; run 'npm ci' first" >&2
  exit 1
fi

mkdir -p "$web/wwwroot/css" "$web/wwwroot/js"

# CSS: GOV.UK Frontend with Arial, no GDS Transport @font-face, plus our app- styles.
npx --no-install sass --pkg-importer=node --style=compressed --no-source-map \
  "$web/Styles/site.scss" "$web/wwwroot/css/site.css"

# MOJ Frontend's components (Styles/moj.scss), compiled on their own because they load GOV.UK Frontend by
# a path of their own (found under node_modules/, hence --load-path=.), then appended to the same file.
npx --no-install sass --pkg-importer=node --load-path=. --style=compressed --no-source-map \
  "$web/Styles/moj.scss" "$web/wwwroot/css/moj.tmp.css"
cat "$web/wwwroot/css/moj.tmp.css" >> "$web/wwwroot/css/site.css"
rm "$web/wwwroot/css/moj.tmp.css"

# accessible-autocomplete's own styles (the register's provider filter), appended as they are published.
cat node_modules/accessible-autocomplete/dist/accessible-autocomplete.min.css >> "$web/wwwroot/css/site.css"

# JS: the ES module bundle (exports initAll, createAll and the component classes).
cp "$govuk/govuk-frontend.min.js" "$web/wwwroot/js/govuk-frontend.min.js"

# GOV.UK's accessible-autocomplete (npm accessible-autocomplete): the register's provider filter enhances its text
# box with it (wwwroot/js/provider-filter.js). Its script is a plain file from this site, so the Content-Security-
# Policy (script-src 'self') allows it; its styles are appended to site.css (style-src 'self').
autocomplete="node_modules/accessible-autocomplete/dist"
cp "$autocomplete/accessible-autocomplete.min.js" "$web/wwwroot/js/accessible-autocomplete.min.js"
# Both its files end with a comment naming a source map that is not served: drop it.
sed -i '/sourceMappingURL=/d' "$web/wwwroot/js/accessible-autocomplete.min.js" "$web/wwwroot/css/site.css"

# Chart.js (npm chart.js), its UMD bundle, which sets window.Chart: wwwroot/js/charts.js loads it from this site on pages
# with a chart (Content-Security-Policy script-src 'self'; Chart.js 4 sets canvas sizes through the CSSOM, which style-src
# does not restrict, and injects no <style> element). Its source-map comment names a file that is not served: dropped.
cp node_modules/chart.js/dist/chart.umd.min.js "$web/wwwroot/js/chart.umd.min.js"
sed -i '/sourceMappingURL=/d' "$web/wwwroot/js/chart.umd.min.js"

# Nothing is copied from $govuk/assets: it holds only GDS Transport fonts and
# GOV.UK crown images/favicons, which a council service must not use.

# Guard: the compiled CSS must not reference the GDS font or crown images.
if grep -Eiq 'woff|GDS Transport|@font-face|crest|govuk-icon|/assets/' "$web/wwwroot/css/site.css"; then
  echo "build-assets: site.css references GOV.UK fonts or images; check site.scss" >&2
  exit 1
fi

echo "build-assets: wrote $web/wwwroot/css/site.css, $web/wwwroot/js/govuk-frontend.min.js, $web/wwwroot/js/accessible-autocomplete.min.js and $web/wwwroot/js/chart.umd.min.js"
