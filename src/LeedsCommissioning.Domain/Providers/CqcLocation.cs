using System.Text.RegularExpressions;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Providers;

/// <summary>
/// A CQC-registered location and its latest overall rating (domain.md section 7, "Regulated services
/// also carry the CQC rating of each location"). Replaced as a whole, never edited in place.
/// </summary>
public sealed partial class CqcLocation : IAuditable
{
    private CqcLocation() { }

    public CqcLocation(string name, string cqcLocationId, CqcRating rating, DateOnly? ratingDate)
    {
        Name = Text.Required(name, 200, nameof(Name), "Enter the location's name", "Location name");
        CqcLocationId = Text.Required(cqcLocationId, 20, nameof(CqcLocationId), "Enter the CQC location ID", "CQC location ID");
        if (!LocationIdPattern().IsMatch(CqcLocationId))
        {
            throw new DomainException("Enter a CQC location ID in the correct format, like 1-123456789", nameof(CqcLocationId));
        }

        if (rating != CqcRating.NotYetRated && ratingDate is null)
        {
            throw new DomainException("Enter the date of the rating", nameof(RatingDate));
        }

        Rating = rating;
        RatingDate = rating == CqcRating.NotYetRated ? null : ratingDate;
    }

    public string Name { get; private set; } = "";

    /// <summary>CQC's location ID, "1-" followed by digits.</summary>
    public string CqcLocationId { get; private set; } = "";

    public CqcRating Rating { get; private set; }

    public DateOnly? RatingDate { get; private set; }

    [GeneratedRegex(@"^1-\d{6,12}$")]
    private static partial Regex LocationIdPattern();
}
