using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// One lot of an opportunity (domain.md section 3: divide into lots, or record why not). Its annual value
/// is what the Keep it Local count compares providers' income with.
/// </summary>
public sealed class Lot : IAuditable
{
    private Lot() { }

    internal Lot(int number, string title, string? description, decimal annualValue, IEnumerable<Locality> localities)
    {
        Number = number;
        Update(title, description, annualValue, localities);
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int Number { get; internal set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public decimal AnnualValue { get; private set; }

    public List<Locality> Localities { get; private set; } = [];

    /// <summary>Why the lot goes ahead although no registered local provider could bid at this size.</summary>
    public string? NoLocalBidderReason { get; private set; }

    /// <summary>The provider awarded the lot, once the outcome is recorded.</summary>
    public int? AwardedProviderId { get; private set; }

    internal void Update(string title, string? description, decimal annualValue, IEnumerable<Locality> localities)
    {
        Title = Common.Text.Required(title, 200, "Title", "Enter the lot's title", "Lot title");
        Description = Common.Text.Optional(description, 4000, "Description", "Lot description");
        if (annualValue <= 0)
        {
            throw new DomainException("Enter the lot's estimated annual value, more than £0", "AnnualValue");
        }

        AnnualValue = Money.Ensure(annualValue, "AnnualValue", "Annual value");
        Localities = localities.Distinct().Order().ToList();
    }

    internal void RecordNoLocalBidderReason(string? reason) =>
        NoLocalBidderReason = Common.Text.Optional(reason, 1000, "NoLocalBidderReason", "Reason");

    internal void AwardTo(int? providerId) => AwardedProviderId = providerId;
}
