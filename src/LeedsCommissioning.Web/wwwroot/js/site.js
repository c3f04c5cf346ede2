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
