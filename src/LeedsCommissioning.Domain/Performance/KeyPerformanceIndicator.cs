using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Performance;

/// <summary>
/// One of a contract's key performance indicators (Procurement Act 2023; domain.md section 9): what is measured, how, and
/// the target, chosen at award and kept up to date by the commissioner; rated each contract year (<see cref="Ratings"/>).
/// Made and changed only through <c>Contract</c>'s methods.
/// </summary>
public sealed class KeyPerformanceIndicator
{
    public const int MaxNameLength = 200;
    public const int MaxMeasureLength = 1000;
    public const int MaxTargetLength = 500;

    private readonly List<KpiRating> _ratings = [];

    private KeyPerformanceIndicator() { }

    internal KeyPerformanceIndicator(KpiLine line) => Change(line);

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    /// <summary>"People supported who say they feel less isolated".</summary>
    public string Name { get; private set; } = "";

    /// <summary>How it is measured: "Share of people asked at exit, from the service's outcome questionnaire".</summary>
    public string Measure { get; private set; } = "";

    /// <summary>"80% each year".</summary>
    public string Target { get; private set; } = "";

    public IReadOnlyList<KpiRating> Ratings => _ratings;

    /// <summary>The rating for contract year <paramref name="year"/>, if given.</summary>
    public KpiRating? RatingFor(int year) => _ratings.FirstOrDefault(r => r.Year == year);

    internal void Change(KpiLine line)
    {
        Name = Text.Required(line.Name, MaxNameLength, nameof(Name), "Enter the name of the key performance indicator", "Name");
        Measure = Text.Required(line.Measure, MaxMeasureLength, nameof(Measure), "Enter how the key performance indicator is measured", "Measure");
        Target = Text.Required(line.Target, MaxTargetLength, nameof(Target), "Enter the target", "Target");
    }

    internal KpiRating Rate(int year, PerformanceRating rating, DateOnly ratedOn, string? note, string? userId, string userName)
    {
        if (!Enum.IsDefined(rating))
        {
            throw new DomainException("Select the rating", "Rating");
        }

        var existing = RatingFor(year);
        if (existing is not null)
        {
            existing.Change(rating, ratedOn, note, userId, userName);
            return existing;
        }

        var added = new KpiRating(year, rating, ratedOn, note, userId, userName);
        _ratings.Add(added);
        return added;
    }
}

/// <summary>A key performance indicator as entered: name, measure and target.</summary>
public sealed record KpiLine(string? Name, string? Measure, string? Target)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Measure) && string.IsNullOrWhiteSpace(Target);
}

/// <summary>A key performance indicator's rating for one contract year, with the date it was given and a note.</summary>
public sealed class KpiRating
{
    public const int MaxNoteLength = 2000;

    private KpiRating() { }

    internal KpiRating(int year, PerformanceRating rating, DateOnly ratedOn, string? note, string? userId, string userName)
    {
        Year = year;
        Change(rating, ratedOn, note, userId, userName);
    }

    public int Id { get; private set; }

    public int KeyPerformanceIndicatorId { get; private set; }

    /// <summary>The contract year, 1 for the year from the start date.</summary>
    public int Year { get; private set; }

    public PerformanceRating Rating { get; private set; }

    public DateOnly RatedOn { get; private set; }

    public string? Note { get; private set; }

    public string? RatedByUserId { get; private set; }

    public string RatedByName { get; private set; } = "";

    internal void Change(PerformanceRating rating, DateOnly ratedOn, string? note, string? userId, string userName)
    {
        Rating = rating;
        RatedOn = ratedOn;
        Note = Text.Optional(note, MaxNoteLength, nameof(Note), "Note");
        RatedByUserId = string.IsNullOrWhiteSpace(userId) ? null : userId;
        RatedByName = string.IsNullOrWhiteSpace(userName) ? "Unknown" : userName.Trim();
    }
}
