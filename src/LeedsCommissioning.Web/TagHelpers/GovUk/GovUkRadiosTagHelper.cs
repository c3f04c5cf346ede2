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
            list.InnerHtml.AppendHtml(GovUkHtml.ChoiceItem(
                "radios",
                index == 1 ? FieldId : $"{FieldId}-{index}",
                FieldName,
                value,
                item.Text,
                current is null ? item.Selected : current.Contains(value),
                item.Disabled));
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
