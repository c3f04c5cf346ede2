using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers;

/// <summary>
/// The portal's wrapper for every wide table (docs/patterns.md, "Reflow at 320 CSS pixels"): at 320 CSS pixels
/// (WCAG 2.2 1.4.10) the page must not scroll sideways, so a table wider than the screen scrolls inside its own
/// region instead, one that a keyboard user can reach (tabindex="0", so arrow keys scroll it) and a screen reader
/// user hears named (role="region" with aria-label).
/// <code>
/// &lt;app-table-scroll label="Contracts" sticky-first-column="true"&gt;
///     &lt;table class="govuk-table"&gt;…&lt;/table&gt;
/// &lt;/app-table-scroll&gt;
/// </code>
/// renders <c>&lt;div class="app-table-scroll app-table-scroll--sticky-first-column" role="region"
/// aria-label="Contracts" tabindex="0"&gt;</c>. <c>sticky-first-column</c> keeps the first column (the name that
/// says which row is which) in view while the other columns scroll: for registers with many columns.
/// </summary>
[HtmlTargetElement("app-table-scroll")]
public sealed class AppTableScrollTagHelper : TagHelper
{
    /// <summary>What the table lists ("Contracts", "Waivers"): the region's accessible name. Required.</summary>
    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    /// <summary>Keeps the first column in view while the rest scroll.</summary>
    [HtmlAttributeName("sticky-first-column")]
    public bool StickyFirstColumn { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrWhiteSpace(Label))
        {
            throw new InvalidOperationException("<app-table-scroll> needs a label: the name a screen reader gives its region, e.g. label=\"Contracts\".");
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("app-table-scroll", HtmlEncoder.Default);
        if (StickyFirstColumn)
        {
            output.AddClass("app-table-scroll--sticky-first-column", HtmlEncoder.Default);
        }

        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("aria-label", Label);
        output.Attributes.SetAttribute("tabindex", "0");
    }
}
