using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// A social value criterion in the library (domain.md section 6): it maps to one Leeds Social Value
/// Charter principle and has a measurable unit, so commitments in bids can be monitored against actuals.
/// </summary>
public sealed class SocialValueCriterion
{
    private SocialValueCriterion() { }

    public SocialValueCriterion(string code, string name, CharterPrinciple principle, string unit, string? description)
    {
        Code = code;
        Name = Common.Text.Required(name, 200, nameof(Name), "Enter the criterion", "Criterion");
        Principle = principle;
        Unit = Common.Text.Required(unit, 60, nameof(Unit), "Enter the unit it is measured in", "Unit");
        Description = description;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public CharterPrinciple Principle { get; private set; }

    /// <summary>What a commitment counts, e.g. "jobs", "hours", "pounds".</summary>
    public string Unit { get; private set; } = "";

    public string? Description { get; private set; }
}
