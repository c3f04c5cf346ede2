using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>The notices an opportunity needs (domain.md section 3, "Publication"; section 9).</summary>
public sealed record PublicationNeeds(
    bool RegionalPortal, bool ContractsFinder, bool FindATender, DatedThreshold? Threshold, bool OverThreshold)
{
    /// <summary>Plain-English lines for the screen, one per notice.</summary>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string>();
        if (FindATender)
        {
            lines.Add(OverThreshold
                ? $"Full regime: a tender notice on Find a Tender (over the {Threshold!.Kind switch { ThresholdKind.LightTouch => "light-touch", ThresholdKind.Central => "central government public procurement", _ => "public procurement" }} threshold of {Money.Text(Threshold.Amount)} in force from {Threshold.From:d MMMM yyyy})"
                : "A notice on Find a Tender (Provider Selection Regime transparency)");
        }

        if (RegionalPortal)
        {
            lines.Add("The regional e-tendering portal (YORtender): council opportunity over £10,000");
        }

        if (ContractsFinder)
        {
            lines.Add("Contracts Finder (and NHS Sourcing): NHS opportunity over £25,000");
        }

        if (lines.Count == 0)
        {
            lines.Add("No external notice needed: publish on this portal only");
        }

        return lines;
    }
}
