// Leeds Commissioning: load as <script type="module" src="~/js/site.js"></script>
// at the end of <body>. initAll() does nothing unless <body> has the
// `govuk-frontend-supported` class (added by the inline script in the layout),
// and only wires up elements carrying a data-module="govuk-…" attribute.
import { initAll } from "./govuk-frontend.min.js";

initAll();

// Print buttons (the waiver report): shown only when JavaScript runs; the CSP forbids inline handlers.
for (const button of document.querySelectorAll("[data-app-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

// Conditional reveal under a radio (GOV.UK radios pattern), e.g. the wards under "Yes" on the waiver form.
// GOV.UK Frontend's own Radios script also sets aria-expanded, which ARIA does not allow on a radio (axe
// aria-allowed-attr), so these radios carry data-app-reveals instead and only the hidden class is toggled.
// Without JavaScript the content stays visible and the server checks it.
function syncReveals() {
  for (const input of document.querySelectorAll("input[type=radio][data-app-reveals]")) {
    document.getElementById(input.dataset.appReveals)?.classList.toggle("govuk-radios__conditional--hidden", !input.checked);
  }
}

document.addEventListener("change", (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === "radio") {
    syncReveals();
  }
});
window.addEventListener("pageshow", syncReveals);
syncReveals();

// Charts (docs/patterns.md, "Charts"): only a page with a chart's table loads Chart.js and draws it.
if (document.querySelector("table[data-app-chart]")) {
  import("./charts.js");
}
