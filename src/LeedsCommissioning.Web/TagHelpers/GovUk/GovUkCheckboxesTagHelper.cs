using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>
/// GOV.UK checkboxes in a fieldset for a collection property (IEnumerable&lt;string&gt;, List&lt;int&gt;, enums...).
/// Checkbox ids are X, X-2, X-3 ...
/// </summary>
[HtmlTargetElement("govuk-checkboxes")]
public sealed class GovUkCheckboxesTagHelper : GovUkFieldsetTagHelperBase
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Adds govuk-checkboxes--small.</summary>
    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    protected override IHtmlContent Render(TagHelperOutput output)
    {
        var current = CurrentValues();
        var list = GovUkHtml.ChoiceList("checkboxes", Small ? "govuk-checkboxes--small" : null);
        var index = 0;
        foreach (var item in Items)
        {
            index++;
            var value = item.Value ?? item.Text;
            list.InnerHtml.AppendHtml(GovUkHtml.ChoiceItem(
                "checkboxes",
                index == 1 ? FieldId : $"{FieldId}-{index}",
                FieldName,
                value,
                item.Text,
                current is null ? item.Selected : current.Contains(value),
                item.Disabled));
        }

        return RenderFieldsetGroup(ErrorMessageText, list);
    }
}
