using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Providers;

/// <summary>
/// Posts a page's form as a browser would: every field with the value it shows (checked boxes, selected
/// options, typed text), with some fields changed. So a test changes one thing and keeps the rest.
/// </summary>
public static class ProviderForms
{
    public static List<KeyValuePair<string, string>> FieldsOf(IDocument page, string formSelector = "main form[method=post]")
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException("The page has no form");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input, textarea, select"))
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name:
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(name, input.Value));
                        }
                    }
                    else if (input.Type != "submit")
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement textarea when textarea.Name is { Length: > 0 } name:
                    fields.Add(new(name, textarea.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    fields.Add(new(name, (select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : "")));
                    break;
            }
        }

        return fields;
    }

    /// <summary>The fields with <paramref name="changes"/> applied: a changed name replaces every value it had.</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, Dictionary<string, string> changes)
    {
        var result = fields.Where(f => !changes.ContainsKey(f.Key)).ToList();
        result.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));
        return result;
    }

    /// <summary>Posts the fields as they are (they include the page's own anti-forgery token).</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this PortalClient client, string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(action, fields);

    public static Task<int> ProviderIdAsync(this PortalFactory factory, string name) =>
        factory.WithDbAsync(db => db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
}
