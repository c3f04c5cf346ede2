namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>A form that changes an opportunity and carries the version it was opened at.</summary>
public interface IOpportunityForm
{
    int Version { get; set; }
}
