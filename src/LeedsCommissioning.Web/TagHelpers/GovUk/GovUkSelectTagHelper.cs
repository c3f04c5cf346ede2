using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>GOV.UK select. Unbound attributes go onto the &lt;select&gt;.</summary>
[HtmlTargetElement("govuk-select")]
public sealed class GovUkSelectTagHelper : GovUkLabelledFieldTagHelperBase
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>Text of an empty first option (value="").</summary>
    [HtmlAttributeName("placeholder")]
    public string? Placeholder { get; set; }

    [HtmlAttributeName("select-class")]
    public string? SelectClass { get; set; }

    protected override IHtmlContent Render(TagHelperOutput output)
    {
        var id = FieldId;
        var error = ErrorMessageText;

        var group = GovUkHtml.FormGroup(error is not null);
        group.InnerHtml.AppendHtml(RenderLabel(id));
        var describedBy = AppendHintAndError(group, id, error);

        var select = GovUkHtml.Element(
            "select",
            GovUkHtml.Classes("govuk-select", SelectClass, error is not null ? "govuk-select--error" : null),
            id);
        select.Attributes["name"] = FieldName;
        GovUkHtml.SetDescribedBy(select, describedBy);
        GovUkHtml.CopyUnboundAttributes(output, select);

        if (Placeholder is not null)
        {
            select.InnerHtml.AppendHtml(Option(string.Empty, Placeholder, selected: false, disabled: false));
        }

        var current = CurrentValues();
        foreach (var item in Items ?? [])
        {
            var value = item.Value ?? item.Text;
            var selected = current is null ? item.Selected : current.Contains(value);
            select.InnerHtml.AppendHtml(Option(value, item.Text, selected, item.Disabled));
        }

        group.InnerHtml.AppendHtml(select);
        return group;
    }

    private static TagBuilder Option(string value, string text, bool selected, bool disabled)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        if (disabled)
        {
            option.Attributes["disabled"] = "disabled";
        }

        option.InnerHtml.Append(text);
        return option;
    }
}
