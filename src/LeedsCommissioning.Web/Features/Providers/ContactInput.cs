using LeedsCommissioning.Domain.Providers;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>One contact row of a form; a row left blank is ignored.</summary>
public sealed class ContactInput
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);

    public static ContactInput From(ProviderContact c) => new() { Name = c.Name, Role = c.Role, Email = c.Email, Phone = c.Phone };

    public ProviderContact ToContact() => new(Name!, Role, Email, Phone);
}
