using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>
/// GOV.UK error summary listing every ModelState error. Nothing is rendered when ModelState is valid.
/// Each error links to the id of its field (#X; for a date input, #X_Day); model-level errors
/// (key "") are listed as plain text.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ModelState;
        if (modelState.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }

        var list = GovUkHtml.Element("ul", "govuk-list govuk-error-summary__list");
        foreach (var (key, entry) in InPageOrder(modelState))
        {
            var href = Href(key);
            foreach (var error in entry.Errors)
            {
                var item = new TagBuilder("li");
                var message = GovUkHtml.MessageOf(error);
                if (href is null)
                {
                    item.InnerHtml.Append(message);
                }
                else
                {
                    var link = GovUkHtml.Element("a", classes: null, id: null, message);
                    link.Attributes["href"] = href;
                    item.InnerHtml.AppendHtml(link);
                }

                list.InnerHtml.AppendHtml(item);
            }
        }

        var body = GovUkHtml.Element("div", "govuk-error-summary__body");
        body.InnerHtml.AppendHtml(list);
        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";
        alert.InnerHtml.AppendHtml(GovUkHtml.Element("h2", "govuk-error-summary__title", id: null, "There is a problem"));
        alert.InnerHtml.AppendHtml(body);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(alert);
    }

    /// <summary>
    /// ModelStateDictionary does not keep insertion order (it enumerates its key tree), so errors are
    /// put in the order the properties are declared on the model ([Display(Order)] respected), which is
    /// normally the order of the fields on the page. Model-level errors come first; keys that match no
    /// property come last.
    /// </summary>
    private IEnumerable<(string Key, ModelStateEntry Entry)> InPageOrder(ModelStateDictionary modelState)
    {
        var root = ViewContext.ViewData.ModelMetadata;
        return modelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .Select((e, index) => (e.Key, Entry: e.Value!, Position: PositionOf(root, e.Key), Index: index))
            .OrderBy(e => e.Position, PositionComparer.Instance)
            .ThenBy(e => e.Index)
            .Select(e => (e.Key, e.Entry));
    }

    /// <summary>Property indexes along the key's path, e.g. Contact.Phone -> [10, 0]; [int.MaxValue] if unknown.</summary>
    private static int[] PositionOf(ModelMetadata root, string key)
    {
        if (key.Length == 0)
        {
            return [-1];
        }

        var positions = new List<int>();
        var metadata = root;
        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket >= 0 ? segment[..bracket] : segment;
            var index = metadata?.Properties.ToList().FindIndex(p => p.PropertyName == name) ?? -1;
            if (index < 0)
            {
                positions.Add(int.MaxValue);
                break;
            }

            positions.Add(index);
            metadata = metadata!.Properties[index];
            if (bracket >= 0)
            {
                // Items[2].Name: order by the item index before its properties.
                var end = segment.IndexOf(']', bracket);
                positions.Add(int.TryParse(segment.AsSpan(bracket + 1, Math.Max(0, end - bracket - 1)), out var item) ? item : 0);
                metadata = metadata.ElementMetadata;
            }
        }

        return [.. positions];
    }

    private sealed class PositionComparer : IComparer<int[]>
    {
        public static readonly PositionComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }

    private string? Href(string key)
    {
        if (key.Length == 0)
        {
            return null;
        }

        var dateKey = GovUkDateInputTagHelper.DateFieldKey(key, ViewContext.ViewData.ModelMetadata, ViewContext.ModelState);
        return "#" + GovUkHtml.IdFor(dateKey is null ? key : dateKey + ".Day");
    }
}
