using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>Pounds typed into a form: "62000", "62,000.50" or "£62,000".</summary>
public static class MoneyText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    public static bool TryParse(string? text, out decimal pounds)
    {
        pounds = 0;
        var cleaned = text?.Trim().TrimStart('£').Trim();
        return !string.IsNullOrEmpty(cleaned)
            && decimal.TryParse(cleaned, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, EnGb, out pounds);
    }
}
