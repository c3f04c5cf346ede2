using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>GOV.UK textarea. Unbound attributes go onto the &lt;textarea&gt;.</summary>
[HtmlTargetElement("govuk-textarea")]
public class GovUkTextareaTagHelper : GovUkLabelledFieldTagHelperBase
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("textarea-class")]
    public string? TextareaClass { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    protected override IHtmlContent Render(TagHelperOutput output)
    {
        var id = FieldId;
        var error = ErrorMessageText;

        var group = GovUkHtml.FormGroup(error is not null, FormGroupClass);
        foreach (var (name, value) in FormGroupAttributes())
        {
            group.Attributes[name] = value;
        }

        group.InnerHtml.AppendHtml(RenderLabel(id));
        var describedBy = AppendHintAndError(group, id, error, ExtraDescribedBy(id));

        var textarea = GovUkHtml.Element(
            "textarea",
            GovUkHtml.Classes("govuk-textarea", error is not null ? "govuk-textarea--error" : null, ExtraTextareaClass, TextareaClass),
            id);
        textarea.Attributes["name"] = FieldName;
        textarea.Attributes["rows"] = Rows.ToString(CultureInfo.InvariantCulture);
        if (Spellcheck is { } spellcheck)
        {
            textarea.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        GovUkHtml.SetDescribedBy(textarea, describedBy);
        if (!string.IsNullOrEmpty(Autocomplete))
        {
            textarea.Attributes["autocomplete"] = Autocomplete;
        }

        GovUkHtml.CopyUnboundAttributes(output, textarea);
        textarea.InnerHtml.Append(CurrentText() ?? string.Empty);
        group.InnerHtml.AppendHtml(textarea);
        AfterTextarea(group, id);
        return group;
    }

    // Hooks for the character count, which is a textarea with extras.
    private protected virtual string? FormGroupClass => null;

    private protected virtual string? ExtraTextareaClass => null;

    private protected virtual IEnumerable<(string Name, string Value)> FormGroupAttributes() => [];

    private protected virtual string[] ExtraDescribedBy(string id) => [];

    private protected virtual void AfterTextarea(TagBuilder group, string id)
    {
    }
}
