namespace LeedsCommissioning.Domain.Common;

/// <summary>Small checks on text inputs shared by the entities.</summary>
internal static class Text
{
    public static string Required(string? value, int maxLength, string field, string missingMessage, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(missingMessage, field);
        }

        return MaxLength(value.Trim(), maxLength, field, label)!;
    }

    public static string? Optional(string? value, int maxLength, string field, string label) =>
        string.IsNullOrWhiteSpace(value) ? null : MaxLength(value.Trim(), maxLength, field, label);

    private static string? MaxLength(string value, int maxLength, string field, string label) =>
        value.Length > maxLength
            // GOV.UK style writes numbers over 999 with a comma: "4,000 characters".
            ? throw new DomainException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{label} must be {maxLength:N0} characters or fewer"), field)
            : value;
}
