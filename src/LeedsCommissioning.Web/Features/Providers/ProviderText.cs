using LeedsCommissioning.Domain.Providers;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>How the providers' screens show vetting and CQC ratings.</summary>
public static class ProviderText
{
    /// <param name="status">The vetting status.</param>
    /// <param name="brief">In a column headed "Green Tick": "Vetted" rather than "Vetted (Green Tick)".</param>
    public static IHtmlContent VettingTag(VettingStatus status, bool brief = false) =>
        Tag(brief && status == VettingStatus.Vetted ? "Vetted" : status.ToDisplayName(), status switch
    {
        VettingStatus.Vetted => "govuk-tag--green",
        VettingStatus.Pending => "govuk-tag--yellow",
        VettingStatus.Lapsed => "govuk-tag--red",
        _ => "govuk-tag--grey",
    });

    public static IHtmlContent RatingTag(CqcRating rating) => Tag(rating.ToDisplayName(), rating switch
    {
        CqcRating.Outstanding => "govuk-tag--blue",
        CqcRating.Good => "govuk-tag--green",
        CqcRating.RequiresImprovement => "govuk-tag--yellow",
        CqcRating.Inadequate => "govuk-tag--red",
        _ => "govuk-tag--grey",
    });

    private static IHtmlContent Tag(string text, string modifier)
    {
        var tag = new TagBuilder("strong");
        tag.AddCssClass("govuk-tag");
        tag.AddCssClass(modifier);
        tag.InnerHtml.Append(text);
        return tag;
    }
}
