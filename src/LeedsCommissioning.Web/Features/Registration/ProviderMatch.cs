namespace LeedsCommissioning.Web.Features.Registration;

public sealed record ProviderMatch(int Id, string Name, string? CharityNumber, string? CompanyNumber);
