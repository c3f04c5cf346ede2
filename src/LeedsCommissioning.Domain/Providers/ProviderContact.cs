using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Providers;

/// <summary>A named contact at a provider. Replaced as a whole, never edited in place.</summary>
public sealed class ProviderContact : IAuditable
{
    private ProviderContact() { }

    public ProviderContact(string name, string? role, string? email, string? phone)
    {
        Name = Text.Required(name, 200, nameof(Name), "Enter the contact's name", "Contact name");
        Role = Text.Optional(role, 200, nameof(Role), "Role");
        Email = Text.Optional(email, 256, nameof(Email), "Email address");
        if (Email is not null && (!Email.Contains('@', StringComparison.Ordinal) || Email.StartsWith('@') || Email.EndsWith('@')))
        {
            throw new DomainException("Enter an email address in the correct format, like name@example.org", nameof(Email));
        }

        Phone = Text.Optional(phone, 40, nameof(Phone), "Phone number");
    }

    public string Name { get; private set; } = "";

    public string? Role { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }
}
