using LeedsCommissioning.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>
/// GOV.UK date input for a <see cref="DateInputModel"/> property X: inputs X.Day, X.Month, X.Year
/// (ids X_Day, X_Month, X_Year) in a fieldset role="group". The message is the first error on
/// X, X.Day, X.Month or X.Year; an error on X marks all three inputs, an error on a part marks that part.
/// </summary>
[HtmlTargetElement("govuk-date-input")]
public sealed class GovUkDateInputTagHelper(TimeProvider clock) : GovUkFieldsetTagHelperBase
{
    internal static readonly string[] Parts = ["Day", "Month", "Year"];

    /// <summary>Appends "For example, …" to the hint with a date of this kind worked out from today (<see cref="DateExamples"/>).</summary>
    [HtmlAttributeName("example")]
    public DateExample Example { get; set; }

    protected override IHtmlContent Render(TagHelperOutput output)
    {
        Hint = DateExamples.Hint(Hint, Example, clock);
        var name = FieldName;
        var modelState = ViewContext.ModelState;
        var model = For.Model as DateInputModel;
        var wholeDateError = GovUkHtml.FirstError(modelState, name);
        var partErrors = Parts.Select(part => GovUkHtml.FirstError(modelState, $"{name}.{part}")).ToArray();
        var anyPartHasError = partErrors.Any(e => e is not null);

        var inputs = GovUkHtml.Element("div", "govuk-date-input", FieldId);
        for (var i = 0; i < Parts.Length; i++)
        {
            var partName = $"{name}.{Parts[i]}";
            var hasError = partErrors[i] is not null || (wholeDateError is not null && !anyPartHasError);
            var value = modelState.TryGetValue(partName, out var entry) && entry.RawValue is not null
                ? entry.AttemptedValue
                : Parts[i] switch { "Day" => model?.Day, "Month" => model?.Month, _ => model?.Year };
            inputs.InnerHtml.AppendHtml(Item(Parts[i], partName, value, hasError));
        }

        var error = wholeDateError ?? partErrors.FirstOrDefault(e => e is not null);
        return RenderFieldsetGroup(error, inputs, role: "group");
    }

    private static TagBuilder Item(string label, string name, string? value, bool hasError)
    {
        var id = GovUkHtml.IdFor(name);
        var input = GovUkHtml.Input(
            GovUkHtml.Classes(
                "govuk-input govuk-date-input__input",
                hasError ? "govuk-input--error" : null,
                label == "Year" ? "govuk-input--width-4" : "govuk-input--width-2"),
            id,
            name,
            "text",
            value);
        input.Attributes["inputmode"] = "numeric";

        var group = GovUkHtml.FormGroup(hasError: false);
        group.InnerHtml.AppendHtml(GovUkHtml.Label(label, id, classes: "govuk-date-input__label"));
        group.InnerHtml.AppendHtml(input);

        var item = GovUkHtml.Element("div", "govuk-date-input__item");
        item.InnerHtml.AppendHtml(group);
        return item;
    }

    /// <summary>
    /// The key of the date field an error key belongs to (X for X, X.Day, X.Month or X.Year), or null.
    /// Uses the view's model metadata, falling back to the X.Day/X.Month/X.Year entries a post leaves in ModelState.
    /// </summary>
    internal static string? DateFieldKey(string key, ModelMetadata? rootMetadata, ModelStateDictionary modelState)
    {
        if (IsDateField(key, rootMetadata, modelState))
        {
            return key;
        }

        var dot = key.LastIndexOf('.');
        if (dot > 0 && Parts.Contains(key[(dot + 1)..]) && IsDateField(key[..dot], rootMetadata, modelState))
        {
            return key[..dot];
        }

        return null;
    }

    private static bool IsDateField(string key, ModelMetadata? rootMetadata, ModelStateDictionary modelState) =>
        key.Length > 0
        && (FindMetadata(rootMetadata, key)?.ModelType == typeof(DateInputModel)
            || Parts.All(part => modelState.ContainsKey($"{key}.{part}")));

    private static ModelMetadata? FindMetadata(ModelMetadata? metadata, string key)
    {
        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var propertyName = bracket >= 0 ? segment[..bracket] : segment;
            if (propertyName.Length > 0)
            {
                metadata = metadata?.Properties[propertyName];
            }

            if (bracket >= 0)
            {
                metadata = metadata?.ElementMetadata;
            }

            if (metadata is null)
            {
                return null;
            }
        }

        return metadata;
    }
}
