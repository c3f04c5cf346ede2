using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>
/// Shared plumbing for the GOV.UK form tag helpers: <c>for</c>, <c>label</c>, <c>hint</c>,
/// the field name and id, the error message and the current (attempted or model) value.
/// </summary>
public abstract class GovUkFieldTagHelperBase : TagHelper
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>Label (or legend) text; defaults to [Display(Name)] / the property name.</summary>
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The form field name, e.g. <c>Input.Email</c>.</summary>
    protected string FieldName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    /// <summary>The element id, e.g. <c>Input_Email</c>.</summary>
    protected string FieldId => GovUkHtml.IdFor(FieldName);

    protected string LabelText =>
        Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? For.Name;

    protected string? ErrorMessageText => GovUkHtml.FirstError(ViewContext.ModelState, FieldName);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (For is null)
        {
            throw new InvalidOperationException($"<{output.TagName}> needs a 'for' attribute.");
        }

        var html = Render(output);
        output.TagName = null;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(html);
    }

    /// <summary>Builds the component. Unbound attributes are still in <paramref name="output"/>.</summary>
    protected abstract IHtmlContent Render(TagHelperOutput output);

    /// <summary>
    /// Appends the hint and error message to <paramref name="container"/> and returns the ids
    /// for aria-describedby in GOV.UK order (any <paramref name="describedBy"/> first, then hint, then error).
    /// </summary>
    protected List<string> AppendHintAndError(TagBuilder container, string idPrefix, string? errorMessage, params string[] describedBy)
    {
        var ids = new List<string>(describedBy);
        if (!string.IsNullOrEmpty(Hint))
        {
            ids.Add(idPrefix + "-hint");
            container.InnerHtml.AppendHtml(GovUkHtml.Hint(idPrefix + "-hint", Hint));
        }

        if (errorMessage is not null)
        {
            ids.Add(idPrefix + "-error");
            container.InnerHtml.AppendHtml(GovUkHtml.ErrorMessage(idPrefix + "-error", errorMessage));
        }

        return ids;
    }

    /// <summary>What the user typed, when the last post bound this field; otherwise null.</summary>
    protected string? AttemptedValue =>
        ViewContext.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null
            ? entry.AttemptedValue
            : null;

    /// <summary>The value for a text-like control: the attempted value, else the formatted model value.</summary>
    protected string? CurrentText()
    {
        if (AttemptedValue is { } attempted)
        {
            return attempted;
        }

        var model = For.Model;
        if (model is null)
        {
            return null;
        }

        var metadata = For.Metadata;
        if (metadata.HasNonDefaultEditFormat && metadata.EditFormatString is { } format)
        {
            return string.Format(CultureInfo.CurrentCulture, format, model);
        }

        return Format(model);
    }

    /// <summary>
    /// The values a choice control (select, radios, checkboxes) should mark as selected:
    /// the attempted values after a post, else the model value(s). Null when there is neither.
    /// </summary>
    protected HashSet<string>? CurrentValues()
    {
        if (ViewContext.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string single => new HashSet<string>([single], StringComparer.OrdinalIgnoreCase),
                IEnumerable many => new HashSet<string>(
                    many.Cast<object?>().Select(Format).OfType<string>(), StringComparer.OrdinalIgnoreCase),
                var other => new HashSet<string>([Format(other)!], StringComparer.OrdinalIgnoreCase),
            };
        }

        var values = For.Model switch
        {
            null => null,
            string text => [text],
            IEnumerable many => many.Cast<object?>().ToList(),
            var single => new List<object?> { single },
        };
        if (values is null)
        {
            return null;
        }

        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            if (Format(value) is { } text)
            {
                set.Add(text);
            }

            if (value is Enum)
            {
                // Items may carry the enum name or its number, as Html.GetEnumSelectList does.
                set.Add(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            }
        }

        return set;
    }

    internal static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        decimal number => number.ToString("0.00", EnGb),
        Enum member => member.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };
}
