using System.Globalization;
using System.Text.RegularExpressions;

namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// The one reader of a number typed into a form: "36", "1,500", " 1 500 ". Whole numbers for counts and
/// months; <see cref="Figure"/> for a figure that may have a fraction (a social value commitment).
/// Neither accepts a minus sign: nothing a person types here is negative.
/// </summary>
public static partial class NumberText
{
    public static int? WholeNumber(string? text) =>
        Clean(text) is { } cleaned && !cleaned.Contains('.', StringComparison.Ordinal)
        && int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool IsWholeNumber(string? text) => WholeNumber(text) is not null;

    public static decimal? Figure(string? text) =>
        Clean(text) is { } cleaned && decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var joined = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return Number().IsMatch(joined) ? joined.Replace(",", "", StringComparison.Ordinal) : null;
    }

    [GeneratedRegex(@"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex Number();
}
