

namespace LeedsCommissioning.Infrastructure.Auditing;

/// <summary>Who is making the change being saved. The web app reads it from the request.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string? UserName { get; }
}
