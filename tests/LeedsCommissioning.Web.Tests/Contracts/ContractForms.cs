using AngleSharp.Dom;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>Helpers for the contract's short forms (issue 19).</summary>
internal static class ContractForms
{
    public static Task<int> IdOfAsync(PortalFactory factory, string reference) =>
        factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());

    /// <summary>The fields of the form posting to <paramref name="action"/>, as a browser would post them unchanged.</summary>
    public static Dictionary<string, string> Fields(IDocument page, string action)
    {
        var form = page.QuerySelector($"form[action='{action}']") ?? throw new InvalidOperationException($"No form posts to {action}");
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || input.HasAttribute("disabled"))
            {
                continue;
            }

            var type = input.GetAttribute("type");
            if (type is "radio" or "checkbox" && !input.HasAttribute("checked"))
            {
                continue;
            }

            fields[name] = input.LocalName switch
            {
                "textarea" => input.TextContent.TrimStart('\n'),
                "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? "",
                _ => input.GetAttribute("value") ?? "",
            };
        }

        return fields;
    }

    /// <summary>The effective date and reason every recorded change asks for.</summary>
    public static Dictionary<string, string> Because(this Dictionary<string, string> fields, string reason, int day, int month, int year)
    {
        fields["EffectiveDate.Day"] = day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["EffectiveDate.Month"] = month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["EffectiveDate.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Reason"] = reason;
        return fields;
    }
}
