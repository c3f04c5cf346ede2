using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>GOV.UK character count: a textarea with <c>max-length</c> or <c>max-words</c>.</summary>
[HtmlTargetElement("govuk-character-count")]
public sealed class GovUkCharacterCountTagHelper : GovUkTextareaTagHelper
{
    [HtmlAttributeName("max-length")]
    public int? MaxLength { get; set; }

    [HtmlAttributeName("max-words")]
    public int? MaxWords { get; set; }

    /// <summary>Percentage (0-100) of the limit at which the count message appears.</summary>
    [HtmlAttributeName("threshold")]
    public int? Threshold { get; set; }

    private protected override string FormGroupClass => "govuk-character-count";

    private protected override string ExtraTextareaClass => "govuk-js-character-count";

    private protected override IEnumerable<(string Name, string Value)> FormGroupAttributes()
    {
        yield return ("data-module", "govuk-character-count");
        if (MaxLength is { } maxLength)
        {
            yield return ("data-maxlength", maxLength.ToString(CultureInfo.InvariantCulture));
        }

        if (MaxWords is { } maxWords)
        {
            yield return ("data-maxwords", maxWords.ToString(CultureInfo.InvariantCulture));
        }

        if (Threshold is { } threshold)
        {
            yield return ("data-threshold", threshold.ToString(CultureInfo.InvariantCulture));
        }
    }

    private protected override string[] ExtraDescribedBy(string id) => [id + "-info"];

    private protected override void AfterTextarea(TagBuilder group, string id)
    {
        var limit = MaxWords ?? MaxLength;
        var message = limit is null
            ? string.Empty
            : $"You can enter up to {limit.Value.ToString(CultureInfo.InvariantCulture)} {(MaxWords is not null ? "words" : "characters")}";
        group.InnerHtml.AppendHtml(GovUkHtml.Hint(id + "-info", message, "govuk-character-count__message"));
    }
}
