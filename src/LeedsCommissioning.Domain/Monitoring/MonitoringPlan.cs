using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Monitoring;

/// <summary>
/// How one contract is monitored (issue 15; domain.md section 7): its outcome measures under the three OBA questions, whether
/// it uses the Quality Management Framework (being "gradually rolled out", so a flag), for a regulated service the CQC
/// rating of each location, for an NHS contract its CQUINs, and for a joint contract the steering group of funders that
/// reviews it. The social value commitments are the contract's own (<c>Contract.Commitments</c>), not copied here.
/// </summary>
public sealed class MonitoringPlan : IAuditable, IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxUnitLength = 50;
    public const int MaxTextLength = 2000;

    private readonly List<OutcomeMeasure> _measures = [];
    private readonly List<CqcLocation> _locations = [];
    private readonly List<Cquin> _cquins = [];
    private readonly List<SteeringGroupMember> _steeringGroup = [];

    private MonitoringPlan() { }

    public MonitoringPlan(int contractId, bool usesQualityManagementFramework)
    {
        ContractId = contractId;
        UsesQualityManagementFramework = usesQualityManagementFramework;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    /// <summary>The provider reflects each quarter on the quarter's QMF theme (domain.md section 7).</summary>
    public bool UsesQualityManagementFramework { get; private set; }

    /// <summary>A service the CQC regulates: its locations and their ratings are part of the plan.</summary>
    public bool IsRegulated { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<OutcomeMeasure> Measures => _measures;

    public IReadOnlyList<CqcLocation> Locations => _locations;

    public IReadOnlyList<Cquin> Cquins => _cquins;

    public IReadOnlyList<SteeringGroupMember> SteeringGroup => _steeringGroup;

    public void UseQualityManagementFramework(bool uses) => UsesQualityManagementFramework = uses;

    /// <summary>Adds a measure; its number is one more than the highest so far.</summary>
    public OutcomeMeasure AddMeasure(
        OutcomeQuestion? question, string? name, string? unit, decimal? quarterlyTarget, MeasureDirection? direction, MeasureAggregation? aggregation)
    {
        var measure = new OutcomeMeasure(_measures.Count == 0 ? 1 : _measures.Max(m => m.Number) + 1);
        measure.Describe(question, name, unit, quarterlyTarget, direction, aggregation);
        _measures.Add(measure);
        return measure;
    }

    public void ChangeMeasure(
        int number, OutcomeQuestion? question, string? name, string? unit, decimal? quarterlyTarget, MeasureDirection? direction, MeasureAggregation? aggregation) =>
        Measure(number).Describe(question, name, unit, quarterlyTarget, direction, aggregation);

    /// <summary>Removes a measure no return has reported against (<paramref name="reported"/>); one with figures stays, so its history stays.</summary>
    public void RemoveMeasure(int number, bool reported)
    {
        var measure = Measure(number);
        if (reported)
        {
            throw new DomainException($"“{measure.Name}” has figures in a quarterly return, so it cannot be removed", "Number");
        }

        _measures.Remove(measure);
    }

    /// <summary>Whether the service is regulated, and its CQC locations (only when regulated; each needs a name and a rating).</summary>
    public void SetRegulation(bool regulated, IEnumerable<CqcLocationLine> locations)
    {
        var lines = regulated ? locations.Where(l => !string.IsNullOrWhiteSpace(l.Name) || l.Rating is not null).ToList() : [];
        var errors = new DomainErrors();
        for (var i = 0; i < lines.Count; i++)
        {
            errors.Collect(() => Text.Required(lines[i].Name, MaxNameLength, $"Locations[{i}].Name", "Enter the location's name", "The location's name"));
            if (lines[i].Rating is null || !Enum.IsDefined(lines[i].Rating!.Value))
            {
                errors.Add($"Locations[{i}].Rating", "Select the location's CQC rating");
            }
        }

        if (regulated && lines.Count == 0)
        {
            errors.Add("Locations[0].Name", "Enter at least one CQC location for a regulated service");
        }

        errors.ThrowIfAny();
        IsRegulated = regulated;
        _locations.Clear();
        _locations.AddRange(lines.Select(l => new CqcLocation(l.Name!.Trim(), l.Rating!.Value, l.RatedOn)));
    }

    /// <summary>The contract's CQUINs (NHS contracts only: <paramref name="nhsContract"/>).</summary>
    public void SetCquins(bool nhsContract, IEnumerable<CquinLine> cquins)
    {
        var lines = cquins.Where(c => !string.IsNullOrWhiteSpace(c.Name) || !string.IsNullOrWhiteSpace(c.Description)).ToList();
        if (!nhsContract && lines.Count > 0)
        {
            throw new DomainException("Only contracts commissioned by the NHS carry CQUINs", "Cquins[0].Name");
        }

        var errors = new DomainErrors();
        for (var i = 0; i < lines.Count; i++)
        {
            errors.Collect(() => Text.Required(lines[i].Name, MaxNameLength, $"Cquins[{i}].Name", "Enter the CQUIN's name", "The CQUIN's name"));
            errors.Collect(() => Text.Optional(lines[i].Description, MaxTextLength, $"Cquins[{i}].Description", "The CQUIN's description"));
        }

        errors.ThrowIfAny();
        _cquins.Clear();
        _cquins.AddRange(lines.Select(l => new Cquin(l.Name!.Trim(), string.IsNullOrWhiteSpace(l.Description) ? null : l.Description.Trim())));
    }

    /// <summary>
    /// The steering group: funders of the contract (<paramref name="funderIds"/>) who review it quarterly. A steering group is
    /// for a joint contract, so it needs at least two funders, each of them funding the contract.
    /// </summary>
    public void SetSteeringGroup(IEnumerable<int> memberIds, IReadOnlyCollection<int> funderIds)
    {
        var members = memberIds.Distinct().ToList();
        if (members.Any(m => !funderIds.Contains(m)))
        {
            throw new DomainException("Only organisations that fund the contract can be on its steering group", "SteeringGroup");
        }

        if (members.Count == 1)
        {
            throw new DomainException("A steering group is for a joint contract: select at least two funders, or none", "SteeringGroup");
        }

        _steeringGroup.Clear();
        _steeringGroup.AddRange(members.Select(m => new SteeringGroupMember(m)));
    }

    private OutcomeMeasure Measure(int number) =>
        _measures.FirstOrDefault(m => m.Number == number) ?? throw new DomainException("That measure is not in the plan", "Number");
}

/// <summary>One outcome measure of a plan: under which OBA question, its name, unit, quarterly target, which way is better and how quarters add up.</summary>
public sealed class OutcomeMeasure : IAuditable
{
    private OutcomeMeasure() { }

    internal OutcomeMeasure(int number) => Number = number;

    public int Id { get; private set; }

    public int MonitoringPlanId { get; private set; }

    /// <summary>The measure's number within its plan, from 1.</summary>
    public int Number { get; private set; }

    public OutcomeQuestion Question { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>"people", "%", "days".</summary>
    public string Unit { get; private set; } = "";

    public decimal QuarterlyTarget { get; private set; }

    public MeasureDirection Direction { get; private set; }

    public MeasureAggregation Aggregation { get; private set; }

    internal void Describe(
        OutcomeQuestion? question, string? name, string? unit, decimal? quarterlyTarget, MeasureDirection? direction, MeasureAggregation? aggregation)
    {
        var errors = new DomainErrors();
        if (question is null || !Enum.IsDefined(question.Value))
        {
            errors.Add(nameof(Question), "Select which question the measure answers");
        }

        string? cleanName = null, cleanUnit = null;
        errors.Collect(() => cleanName = Text.Required(name, MonitoringPlan.MaxNameLength, nameof(Name), "Enter the measure's name", "The measure's name"));
        errors.Collect(() => cleanUnit = Text.Required(unit, MonitoringPlan.MaxUnitLength, nameof(Unit), "Enter the unit the measure is counted in", "The unit"));
        if (quarterlyTarget is null)
        {
            errors.Add(nameof(QuarterlyTarget), "Enter the quarterly target");
        }
        else if (quarterlyTarget < 0)
        {
            errors.Add(nameof(QuarterlyTarget), "The quarterly target must be 0 or more");
        }

        if (direction is null || !Enum.IsDefined(direction.Value))
        {
            errors.Add(nameof(Direction), "Select whether a higher or a lower figure is better");
        }

        if (aggregation is null || !Enum.IsDefined(aggregation.Value))
        {
            errors.Add(nameof(Aggregation), "Select whether the quarters are added up or averaged");
        }

        errors.ThrowIfAny();
        Question = question!.Value;
        Name = cleanName!;
        Unit = cleanUnit!;
        QuarterlyTarget = quarterlyTarget!.Value;
        Direction = direction!.Value;
        Aggregation = aggregation!.Value;
    }
}

/// <summary>A location of a regulated service with its CQC rating and the date it was rated.</summary>
public sealed class CqcLocation : IAuditable
{
    private CqcLocation() { }

    internal CqcLocation(string name, CqcRating rating, DateOnly? ratedOn)
    {
        Name = name;
        Rating = rating;
        RatedOn = rating == CqcRating.NotYetRated ? null : ratedOn;
    }

    public int Id { get; private set; }

    public int MonitoringPlanId { get; private set; }

    public string Name { get; private set; } = "";

    public CqcRating Rating { get; private set; }

    public DateOnly? RatedOn { get; private set; }
}

public sealed record CqcLocationLine(string? Name, CqcRating? Rating, DateOnly? RatedOn);

/// <summary>A Commissioning for Quality and Innovation payment built into an NHS contract (MPS, domain.md section 7).</summary>
public sealed class Cquin : IAuditable
{
    private Cquin() { }

    internal Cquin(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public int Id { get; private set; }

    public int MonitoringPlanId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }
}

public sealed record CquinLine(string? Name, string? Description);

/// <summary>A funder on a joint contract's steering group (the appropriate adult service's model, domain.md section 7).</summary>
public sealed class SteeringGroupMember : IAuditable
{
    private SteeringGroupMember() { }

    internal SteeringGroupMember(int commissioningOrganisationId) => CommissioningOrganisationId = commissioningOrganisationId;

    public int Id { get; private set; }

    public int MonitoringPlanId { get; private set; }

    public int CommissioningOrganisationId { get; private set; }
}
