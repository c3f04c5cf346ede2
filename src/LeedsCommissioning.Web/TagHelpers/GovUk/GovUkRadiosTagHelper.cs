using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>
/// GOV.UK radios in a fieldset. Without <c>items</c>, a bool/bool? property gets Yes ("true") / No ("false").
/// Radio ids are X, X-2, X-3 ... so the error summary's #X link lands on the first radio.
/// </summary>
[HtmlTargetElement("govuk-radios")]
public sealed class GovUkRadiosTagHelper : GovUkFieldsetTagHelperBase
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>Adds govuk-radios--inline (use for two short options only).</summary>
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    /// <summary>
    /// The value of the radio whose conditional content is this element's child content (GOV.UK conditional reveal,
    /// shown and hidden by site.js). Without JavaScript the content is always shown, so the server must still check it.
    /// </summary>
    [HtmlAttributeName("reveal-when")]
    public string? RevealWhen { get; set; }

    private IHtmlContent? _conditional;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (RevealWhen is not null)
        {
            var child = await output.GetChildContentAsync();
            _conditional = child.IsEmptyOrWhiteSpace ? null : child;
        }

        Process(context, output);
    }

    protected override IHtmlContent Render(TagHelperOutput output)
    {
        var items = Items ?? DefaultItems();
        var current = CurrentValues();
        var list = GovUkHtml.ChoiceList("radios", Inline ? "govuk-radios--inline" : null);
        var index = 0;
        foreach (var item in items)
        {
            index++;
            var value = item.Value ?? item.Text;
            var isChecked = current is null ? item.Selected : current.Contains(value);
            var conditionalId = _conditional is not null && value == RevealWhen ? $"conditional-{FieldId}" : null;
            list.InnerHtml.AppendHtml(GovUkHtml.ChoiceItem(
                "radios",
                index == 1 ? FieldId : $"{FieldId}-{index}",
                FieldName,
                value,
                item.Text,
                isChecked,
                item.Disabled,
                conditionalId: conditionalId));
            if (conditionalId is not null)
            {
                var conditional = new TagBuilder("div");
                conditional.AddCssClass("govuk-radios__conditional");
                if (!isChecked)
                {
                    conditional.AddCssClass("govuk-radios__conditional--hidden");
                }

                conditional.Attributes["id"] = conditionalId;
                conditional.InnerHtml.AppendHtml(_conditional!);
                list.InnerHtml.AppendHtml(conditional);
            }
        }

        return RenderFieldsetGroup(ErrorMessageText, list);
    }

    private IEnumerable<SelectListItem> DefaultItems()
    {
        if (For.Metadata.UnderlyingOrModelType != typeof(bool))
        {
            throw new InvalidOperationException(
                $"<govuk-radios for=\"{For.Name}\"> needs 'items' unless the property is bool or bool?.");
        }

        return [new SelectListItem("Yes", "true"), new SelectListItem("No", "false")];
    }
}
