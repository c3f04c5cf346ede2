using System.Net.Mail;
using FluentValidation;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>Contacts on either form: each filled-in row needs a name and a valid email address.</summary>
public static class ContactRowsValidator
{
    public static void Validate<T>(IReadOnlyList<ContactInput> rows, string prefix, ValidationContext<T> context)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            var key = $"{prefix}[{i}]";
            var n = i + 1;
            if (string.IsNullOrWhiteSpace(row.Name))
            {
                context.AddFailure($"{key}.Name", $"Enter the name of contact {n}");
            }
            else if (row.Name.Trim().Length > 200)
            {
                context.AddFailure($"{key}.Name", $"Name of contact {n} must be 200 characters or fewer");
            }

            if (row.Role?.Trim().Length > 200)
            {
                context.AddFailure($"{key}.Role", $"Role of contact {n} must be 200 characters or fewer");
            }

            if (string.IsNullOrWhiteSpace(row.Email))
            {
                context.AddFailure($"{key}.Email", $"Enter the email address of contact {n}");
            }
            else if (!IsEmail(row.Email.Trim()))
            {
                context.AddFailure($"{key}.Email", $"Enter the email address of contact {n} in the correct format, like name@example.org");
            }

            if (row.Phone?.Trim().Length > 40)
            {
                context.AddFailure($"{key}.Phone", $"Phone number of contact {n} must be 40 characters or fewer");
            }
        }
    }

    private static bool IsEmail(string text) =>
        text.Length <= 256 && !text.Contains(' ', StringComparison.Ordinal)
        && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);
}
