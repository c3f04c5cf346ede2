namespace LeedsCommissioning.Infrastructure.Auditing;

/// <summary>Who is making the change being saved. The web app reads it from the request.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string? UserName { get; }
}

/// <summary>Used outside a request: start-up seeding, the migrate command, background work.</summary>
public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;

    public string? UserName => "system";
}
