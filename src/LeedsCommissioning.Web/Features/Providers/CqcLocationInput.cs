using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>One CQC location row of the commissioners' form; a row left blank is ignored.</summary>
public sealed class CqcLocationInput
{
    public string? Name { get; set; }

    public string? LocationId { get; set; }

    public CqcRating? Rating { get; set; }

    public DateInputModel RatingDate { get; set; } = new();

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(LocationId) && Rating is null && RatingDate.IsEmpty;

    public static CqcLocationInput From(CqcLocation l) =>
        new() { Name = l.Name, LocationId = l.CqcLocationId, Rating = l.Rating, RatingDate = DateInputModel.From(l.RatingDate) };

    public CqcLocation ToLocation() =>
        new(Name!, LocationId!.Trim(), Rating ?? CqcRating.NotYetRated, Rating == CqcRating.NotYetRated ? null : RatingDate.ToDateOnly());
}
