using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>
/// A single GOV.UK checkbox for a bool (no fieldset), value "true", followed by
/// &lt;input type="hidden" value="false"&gt; so an unticked box posts false
/// (model binding takes the first value, so a ticked box binds true).
/// The hint is rendered as the item hint under the label.
/// </summary>
[HtmlTargetElement("govuk-checkbox")]
public sealed class GovUkCheckboxTagHelper : GovUkFieldTagHelperBase
{
    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    protected override IHtmlContent Render(TagHelperOutput output)
    {
        var id = FieldId;
        var error = ErrorMessageText;
        var group = GovUkHtml.FormGroup(error is not null);
        var hasHint = !string.IsNullOrEmpty(Hint);

        // Without a fieldset GOV.UK describes the input by the group error, then the item hint.
        var describedBy = new List<string>();
        if (error is not null)
        {
            describedBy.Add(id + "-error");
            group.InnerHtml.AppendHtml(GovUkHtml.ErrorMessage(id + "-error", error));
        }

        if (hasHint)
        {
            describedBy.Add(id + "-item-hint");
        }

        var item = GovUkHtml.ChoiceItem("checkboxes", id, FieldName, "true", LabelText, IsChecked(), describedBy: describedBy);
        if (hasHint)
        {
            item.InnerHtml.AppendHtml(GovUkHtml.Hint(id + "-item-hint", Hint!, "govuk-checkboxes__hint"));
        }

        var list = GovUkHtml.ChoiceList("checkboxes", Small ? "govuk-checkboxes--small" : null);
        list.InnerHtml.AppendHtml(item);
        group.InnerHtml.AppendHtml(list);
        group.InnerHtml.AppendHtml(GovUkHtml.Input(classes: string.Empty, id: string.Empty, FieldName, "hidden", "false"));
        return group;
    }

    private bool IsChecked()
    {
        if (ViewContext.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null)
        {
            // Ticked posts "true","false"; model binding takes the first value.
            var first = entry.RawValue is IEnumerable<string> values ? values.FirstOrDefault() : entry.RawValue.ToString();
            return string.Equals(first, "true", StringComparison.OrdinalIgnoreCase);
        }

        return For.Model is true;
    }
}
