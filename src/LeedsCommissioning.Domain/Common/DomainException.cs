namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// A move the rules do not allow. Controllers turn it into a field error (or a page-level error
/// when <see cref="Field"/> is null); it never reaches the user as a 500. A rule that checks several
/// fields reports every problem at once (<see cref="Errors"/>, built with <see cref="DomainErrors"/>),
/// so a form shows them all in one pass (GOV.UK validation pattern); <see cref="Message"/> and
/// <see cref="Field"/> are then the first of them.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message, string? field = null) : base(message)
    {
        Field = field;
        Errors = [new DomainError(field, message)];
    }

    public DomainException(IReadOnlyList<DomainError> errors) : base(errors.Count > 0 ? errors[0].Message : "The rules do not allow that.")
    {
        Errors = errors.Count > 0 ? errors : [new DomainError(null, Message)];
        Field = Errors[0].Field;
    }

    public DomainException() : base("The rules do not allow that.") => Errors = [new DomainError(null, Message)];

    public DomainException(string message, Exception innerException) : base(message, innerException) => Errors = [new DomainError(null, message)];

    /// <summary>The name of the input the message belongs to, if any.</summary>
    public string? Field { get; }

    /// <summary>Every problem found, in the order of the form; at least one.</summary>
    public IReadOnlyList<DomainError> Errors { get; }
}

/// <summary>One problem a rule found: its message, and the input it belongs to (null for the page as a whole).</summary>
public sealed record DomainError(string? Field, string Message);

/// <summary>
/// Collects every problem a rule finds, then throws them together: a domain method checks all its fields
/// before it refuses, instead of throwing at the first (docs/patterns.md, "Question pages and validation").
/// </summary>
public sealed class DomainErrors
{
    private readonly List<DomainError> _errors = [];

    public IReadOnlyList<DomainError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string? field, string message) => _errors.Add(new DomainError(field, message));

    /// <summary>Runs a check that throws, keeping what it says instead of stopping.</summary>
    public void Collect(Action check)
    {
        try
        {
            check();
        }
        catch (DomainException ex)
        {
            _errors.AddRange(ex.Errors);
        }
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new DomainException(_errors.ToList());
        }
    }
}
