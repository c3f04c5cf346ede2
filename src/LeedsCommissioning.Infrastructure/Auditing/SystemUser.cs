

namespace LeedsCommissioning.Infrastructure.Auditing;

/// <summary>Used outside a request: start-up seeding, the migrate command, background work.</summary>
public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;

    public string? UserName => "system";
}
