using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>
/// A GOV.UK summary card (summary-list/template.njk, <c>_summaryCard</c>): a titled card around a summary list, with
/// one "Change" link for the part of the record it shows (docs/patterns.md, "Changing a record"). The link's
/// visually hidden text names the card, as the template does: "Change (Value and funding)".
/// <code>
/// &lt;govuk-summary-card title="Value and funding" change-href="/contracts/7/change-value" id="value-card"&gt;
///     &lt;dl class="govuk-summary-list"&gt;…&lt;/dl&gt;
/// &lt;/govuk-summary-card&gt;
/// </code>
/// Without <c>change-href</c> (someone who may not change it) the card has no action.
/// </summary>
[HtmlTargetElement("govuk-summary-card")]
public sealed class GovUkSummaryCardTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = "";

    [HtmlAttributeName("change-href")]
    public string? ChangeHref { get; set; }

    /// <summary>The action's visible text; "Change" unless told.</summary>
    [HtmlAttributeName("change-text")]
    public string ChangeText { get; set; } = "Change";

    [HtmlAttributeName("heading-level")]
    public int HeadingLevel { get; set; } = 2;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-card");

        var titleWrapper = GovUkHtml.Element("div", "govuk-summary-card__title-wrapper");
        titleWrapper.InnerHtml.AppendHtml(GovUkHtml.Element($"h{Math.Clamp(HeadingLevel, 1, 6)}", "govuk-summary-card__title", null, Title));
        if (!string.IsNullOrEmpty(ChangeHref))
        {
            var actions = GovUkHtml.Element("div", "govuk-summary-card__actions");
            var link = GovUkHtml.Element("a", "govuk-link");
            link.Attributes["href"] = ChangeHref;
            if (output.Attributes.TryGetAttribute("id", out var id))
            {
                link.Attributes["id"] = $"{id.Value}-change";
            }

            link.InnerHtml.Append(ChangeText);
            link.InnerHtml.AppendHtml(GovUkHtml.Element("span", "govuk-visually-hidden", null, $" ({Title})"));
            actions.InnerHtml.AppendHtml(link);
            titleWrapper.InnerHtml.AppendHtml(actions);
        }

        var body = GovUkHtml.Element("div", "govuk-summary-card__content");
        body.InnerHtml.AppendHtml(content);
        output.Content.SetHtmlContent(titleWrapper);
        output.Content.AppendHtml(body);
    }
}
