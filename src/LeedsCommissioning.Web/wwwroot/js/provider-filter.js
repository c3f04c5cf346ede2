// The register's provider filter (docs/patterns.md, "A filter that scales"). Without JavaScript it is a text box
// whose text the server matches to one provider. Here GOV.UK's accessible-autocomplete (loaded before this module
// as js/accessible-autocomplete.min.js) replaces the box with the same name and id, and suggests providers' names
// from the JSON endpoint named by data-app-provider-suggestions as the user types. Picking a name fills the box;
// the form is still submitted and matched on the server, so both paths give the same result.
const input = document.querySelector("input[data-app-provider-suggestions]");

if (input && window.accessibleAutocomplete && document.body.classList.contains("govuk-frontend-supported")) {
  const url = input.dataset.appProviderSuggestions;
  const describedBy = input.getAttribute("aria-describedby");
  const hasError = input.classList.contains("govuk-input--error");
  const container = document.createElement("div");
  input.before(container);
  input.remove();

  let latest = 0;
  window.accessibleAutocomplete({
    element: container,
    id: input.id,
    name: input.name,
    defaultValue: input.value,
    minLength: 2,
    showNoOptionsFound: true,
    displayMenu: "overlay",
    inputClasses: hasError ? "govuk-input--error" : undefined,
    tNoResults: () => "No provider’s name contains this",
    source: (query, populate) => {
      const request = ++latest;
      fetch(`${url}?q=${encodeURIComponent(query)}`, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then((response) => (response.ok ? response.json() : []))
        .then((names) => { if (request === latest) populate(names); })
        .catch(() => { if (request === latest) populate([]); });
    },
  });

  // Keep the hint and any error message announced with the new input, as they were with the box it replaced.
  const enhanced = document.getElementById(input.id);
  if (enhanced && describedBy) {
    const own = enhanced.getAttribute("aria-describedby");
    enhanced.setAttribute("aria-describedby", own ? `${describedBy} ${own}` : describedBy);
  }
}
