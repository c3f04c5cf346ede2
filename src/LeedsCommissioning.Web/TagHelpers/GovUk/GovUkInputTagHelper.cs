using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>GOV.UK text input. Unbound attributes (maxlength, pattern, data-*) go onto the &lt;input&gt;.</summary>
[HtmlTargetElement("govuk-input")]
public sealed class GovUkInputTagHelper : GovUkLabelledFieldTagHelperBase
{
    /// <summary>text (default), email, password, tel, number, url, search.</summary>
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    /// <summary>Extra input classes, e.g. govuk-input--width-10.</summary>
    [HtmlAttributeName("input-class")]
    public string? InputClass { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? Inputmode { get; set; }

    [HtmlAttributeName("prefix")]
    public string? Prefix { get; set; }

    [HtmlAttributeName("suffix")]
    public string? Suffix { get; set; }

    /// <summary>Overrides the value taken from ModelState / the model.</summary>
    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    protected override IHtmlContent Render(TagHelperOutput output)
    {
        var id = FieldId;
        var error = ErrorMessageText;
        var type = string.IsNullOrEmpty(Type) ? "text" : Type;
        var isPassword = string.Equals(type, "password", StringComparison.OrdinalIgnoreCase);

        var group = GovUkHtml.FormGroup(error is not null);
        group.InnerHtml.AppendHtml(RenderLabel(id));
        var describedBy = AppendHintAndError(group, id, error);

        var input = GovUkHtml.Input(
            GovUkHtml.Classes("govuk-input", InputClass, error is not null ? "govuk-input--error" : null),
            id,
            FieldName,
            type,
            isPassword ? null : Value ?? CurrentText());
        if (Spellcheck is { } spellcheck)
        {
            input.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        GovUkHtml.SetDescribedBy(input, describedBy);
        if (!string.IsNullOrEmpty(Autocomplete))
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (!string.IsNullOrEmpty(Inputmode))
        {
            input.Attributes["inputmode"] = Inputmode;
        }

        GovUkHtml.CopyUnboundAttributes(output, input);

        if (string.IsNullOrEmpty(Prefix) && string.IsNullOrEmpty(Suffix))
        {
            group.InnerHtml.AppendHtml(input);
            return group;
        }

        var wrapper = GovUkHtml.Element("div", "govuk-input__wrapper");
        if (!string.IsNullOrEmpty(Prefix))
        {
            wrapper.InnerHtml.AppendHtml(Affix("prefix", Prefix));
        }

        wrapper.InnerHtml.AppendHtml(input);
        if (!string.IsNullOrEmpty(Suffix))
        {
            wrapper.InnerHtml.AppendHtml(Affix("suffix", Suffix));
        }

        group.InnerHtml.AppendHtml(wrapper);
        return group;
    }

    private static IHtmlContent Affix(string kind, string text)
    {
        var affix = GovUkHtml.Element("div", "govuk-input__" + kind, id: null, text);
        affix.Attributes["aria-hidden"] = "true";
        return affix;
    }
}
