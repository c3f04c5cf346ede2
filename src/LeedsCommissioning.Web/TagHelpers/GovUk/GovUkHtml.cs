using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>
/// Builds the GOV.UK Frontend 6.6.0 building blocks shared by the tag helpers
/// (form group, label, hint, error message, fieldset). Everything goes through
/// <see cref="TagBuilder"/>, so text and attribute values are always encoded.
/// </summary>
internal static class GovUkHtml
{
    /// <summary>Same rule as <c>Html.GenerateIdFromName</c> with the default "_" replacement.</summary>
    public static string IdFor(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static string Classes(params string?[] classes) =>
        string.Join(' ', classes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()));

    public static TagBuilder Element(string tagName, string? classes = null, string? id = null)
    {
        var tag = new TagBuilder(tagName);
        if (!string.IsNullOrEmpty(id))
        {
            tag.Attributes["id"] = id;
        }

        if (!string.IsNullOrEmpty(classes))
        {
            tag.Attributes["class"] = classes;
        }

        return tag;
    }

    public static TagBuilder Element(string tagName, string? classes, string? id, string text)
    {
        var tag = Element(tagName, classes, id);
        tag.InnerHtml.Append(text);
        return tag;
    }

    public static TagBuilder Input(string classes, string id, string name, string type, string? value = null)
    {
        var input = Element("input", classes, id);
        input.TagRenderMode = TagRenderMode.StartTag;
        input.Attributes["name"] = name;
        input.Attributes["type"] = type;
        if (value is not null)
        {
            input.Attributes["value"] = value;
        }

        return input;
    }

    public static TagBuilder FormGroup(bool hasError, string? extraClasses = null) =>
        Element("div", Classes("govuk-form-group", hasError ? "govuk-form-group--error" : null, extraClasses));

    public static IHtmlContent Label(string text, string forId, bool isPageHeading = false, string? classes = null)
    {
        var label = Element("label", Classes("govuk-label", classes), id: null, text);
        label.Attributes["for"] = forId;
        if (!isPageHeading)
        {
            return label;
        }

        var heading = Element("h1", "govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    public static TagBuilder Hint(string id, string text, string? extraClasses = null) =>
        Element("div", Classes("govuk-hint", extraClasses), id, text);

    public static TagBuilder ErrorMessage(string id, string message)
    {
        var paragraph = Element("p", "govuk-error-message", id);
        paragraph.InnerHtml.AppendHtml(Element("span", "govuk-visually-hidden", id: null, "Error:"));
        paragraph.InnerHtml.Append(" " + message);
        return paragraph;
    }

    /// <summary>Fieldset with its legend; append the hint, error and controls to its InnerHtml.</summary>
    public static TagBuilder Fieldset(string legend, bool isPageHeading, string? legendClasses, string? role = null)
    {
        var fieldset = Element("fieldset", "govuk-fieldset");
        if (role is not null)
        {
            fieldset.Attributes["role"] = role;
        }

        var legendTag = Element("legend", Classes("govuk-fieldset__legend", legendClasses));
        if (isPageHeading)
        {
            legendTag.InnerHtml.AppendHtml(Element("h1", "govuk-fieldset__heading", id: null, legend));
        }
        else
        {
            legendTag.InnerHtml.Append(legend);
        }

        fieldset.InnerHtml.AppendHtml(legendTag);
        return fieldset;
    }

    /// <summary>One radio or checkbox: kind is "radios" or "checkboxes".</summary>
    public static TagBuilder ChoiceItem(string kind, string id, string name, string value, string text, bool isChecked, bool disabled = false, IEnumerable<string>? describedBy = null, string? conditionalId = null)
    {
        var input = Input("govuk-" + kind + "__input", id, name, kind == "radios" ? "radio" : "checkbox", value);
        if (conditionalId is not null)
        {
            // site.js shows or hides the conditional content. Not aria-controls: GOV.UK Frontend's Radios script
            // would then add aria-expanded, which ARIA does not allow on a radio (axe aria-allowed-attr).
            input.Attributes["data-app-reveals"] = conditionalId;
        }

        if (isChecked)
        {
            input.Attributes["checked"] = "checked";
        }

        if (disabled)
        {
            input.Attributes["disabled"] = "disabled";
        }

        SetDescribedBy(input, describedBy ?? []);
        var item = Element("div", "govuk-" + kind + "__item");
        item.InnerHtml.AppendHtml(input);
        item.InnerHtml.AppendHtml(Label(text, id, classes: "govuk-" + kind + "__label"));
        return item;
    }

    /// <summary>The div.govuk-radios / div.govuk-checkboxes container with its data-module.</summary>
    public static TagBuilder ChoiceList(string kind, string? extraClasses = null)
    {
        var list = Element("div", Classes("govuk-" + kind, extraClasses));
        list.Attributes["data-module"] = "govuk-" + kind;
        return list;
    }

    public static void SetDescribedBy(TagBuilder tag, IEnumerable<string> ids)
    {
        var value = string.Join(' ', ids.Where(i => !string.IsNullOrEmpty(i)));
        if (value.Length > 0)
        {
            tag.Attributes["aria-describedby"] = value;
        }
    }

    public static string? FirstError(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) ? FirstError(entry) : null;

    public static string? FirstError(ModelStateEntry? entry) =>
        entry is { Errors.Count: > 0 } ? MessageOf(entry.Errors[0]) : null;

    public static string MessageOf(ModelError error) =>
        !string.IsNullOrEmpty(error.ErrorMessage) ? error.ErrorMessage
        : error.Exception?.Message ?? "The value is invalid.";

    /// <summary>Copies attributes that no tag helper property bound (e.g. maxlength, data-*) onto the control.</summary>
    public static void CopyUnboundAttributes(TagHelperOutput output, TagBuilder control)
    {
        foreach (var attribute in output.Attributes)
        {
            control.MergeAttribute(attribute.Name, AttributeText(attribute.Value), replaceExisting: true);
        }
    }

    private static string AttributeText(object? value)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case string text:
                return text;
            case IHtmlContent html:
                using (var writer = new StringWriter(CultureInfo.InvariantCulture))
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return System.Net.WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return Convert.ToString(value, CultureInfo.CurrentCulture) ?? string.Empty;
        }
    }
}
