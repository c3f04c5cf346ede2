namespace LeedsCommissioning.Infrastructure.Seeding;

public sealed record DemoAccount(string Email, string Name, string JobTitle, string Role, string? OrganisationCode, string? ProviderName);
