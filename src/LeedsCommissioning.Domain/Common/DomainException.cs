namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// A move the rules do not allow. Controllers turn it into a field error (or a page-level error
/// when <see cref="Field"/> is null); it never reaches the user as a 500.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message, string? field = null) : base(message) => Field = field;

    public DomainException() : base("The rules do not allow that.") { }

    public DomainException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The name of the input the message belongs to, if any.</summary>
    public string? Field { get; }
}
