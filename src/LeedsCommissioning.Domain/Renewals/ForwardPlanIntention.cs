using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Renewals;

/// <summary>
/// One commissioning intention of the forward plan the market position statement publishes (domain.md section 8a, MPS
/// Appendix B): per service area, in one of two bands, the service, the timing of the tender, the start date, the term
/// shape, the route and the support offered to providers (consultation on the specification, help to form consortia).
/// Commissioners edit it; once published it shows on the public forward plan so providers can prepare.
/// </summary>
public sealed class ForwardPlanIntention : IAuditable, IVersioned
{
    private ForwardPlanIntention() { }

    public ForwardPlanIntention(ForwardPlanDetails details, DateTime nowUtc) => Update(details, nowUtc);

    public int Id { get; private set; }

    public int CommissioningOrganisationId { get; private set; }

    public CommissioningOrganisation? CommissioningOrganisation { get; private set; }

    public ServiceArea ServiceArea { get; private set; }

    public ForwardPlanBand Band { get; private set; }

    /// <summary>The service, as the MPS names it: "Youth work services".</summary>
    public string Service { get; private set; } = "";

    /// <summary>The intention in the plan's words.</summary>
    public string Description { get; private set; } = "";

    /// <summary>When the tender happens, as text: "Tenders will be undertaken throughout 2019".</summary>
    public string? TenderTiming { get; private set; }

    /// <summary>When the new service starts, as text ("April 2020"): the MPS gives months, seasons and years.</summary>
    public string? StartDate { get; private set; }

    /// <summary>The term shape: "4+2 years".</summary>
    public string? TermShape { get; private set; }

    /// <summary>The route, as text: "Open procurement", "Grants", "YORtender".</summary>
    public string? Route { get; private set; }

    public bool ConsultationOnSpecification { get; private set; }

    public bool HelpToFormConsortia { get; private set; }

    /// <summary>More about the support offered: "Voluntary Action Leeds are offering support to form consortia".</summary>
    public string? SupportNote { get; private set; }

    /// <summary>Estimated whole-life value in pounds, when known (the UK1 pipeline notice needs it).</summary>
    public decimal? EstimatedValue { get; private set; }

    public bool IsPublished { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    public int Version { get; private set; }

    public void Update(ForwardPlanDetails details, DateTime nowUtc)
    {
        var errors = new DomainErrors();
        if (details.CommissioningOrganisationId <= 0)
        {
            errors.Add(nameof(CommissioningOrganisationId), "Select the commissioning organisation");
        }

        if (!Enum.IsDefined(details.ServiceArea))
        {
            errors.Add(nameof(ServiceArea), "Select the service area");
        }

        if (!Enum.IsDefined(details.Band))
        {
            errors.Add(nameof(Band), "Select when the opportunity is expected");
        }

        string? service = null, description = null, timing = null, start = null, term = null, route = null, note = null;
        errors.Collect(() => service = Text.Required(details.Service, 200, nameof(Service), "Enter the service", "Service"));
        errors.Collect(() => description = Text.Required(details.Description, 4000, nameof(Description), "Enter the commissioning intention", "Commissioning intention"));
        errors.Collect(() => timing = Text.Optional(details.TenderTiming, 500, nameof(TenderTiming), "Timing of the tender"));
        errors.Collect(() => start = Text.Optional(details.StartDate, 100, nameof(StartDate), "Start date"));
        errors.Collect(() => term = Text.Optional(details.TermShape, 100, nameof(TermShape), "Term"));
        errors.Collect(() => route = Text.Optional(details.Route, 200, nameof(Route), "Route"));
        errors.Collect(() => note = Text.Optional(details.SupportNote, 1000, nameof(SupportNote), "Support offered"));
        if (details.EstimatedValue is { } value)
        {
            errors.Collect(() => Money.Ensure(value, nameof(EstimatedValue), "Estimated value"));
        }

        errors.ThrowIfAny();
        CommissioningOrganisationId = details.CommissioningOrganisationId;
        ServiceArea = details.ServiceArea;
        Band = details.Band;
        Service = service!;
        Description = description!;
        TenderTiming = timing;
        StartDate = start;
        TermShape = term;
        Route = route;
        ConsultationOnSpecification = details.ConsultationOnSpecification;
        HelpToFormConsortia = details.HelpToFormConsortia;
        SupportNote = note;
        EstimatedValue = details.EstimatedValue;
        ChangedAtUtc = nowUtc;
    }

    /// <summary>Shows the intention on the public forward plan.</summary>
    public void Publish(DateTime nowUtc)
    {
        if (IsPublished)
        {
            throw new DomainException("This intention is already published");
        }

        IsPublished = true;
        PublishedAtUtc = nowUtc;
        ChangedAtUtc = nowUtc;
    }

    /// <summary>Takes the intention off the public forward plan.</summary>
    public void Unpublish(DateTime nowUtc)
    {
        if (!IsPublished)
        {
            throw new DomainException("This intention is not published");
        }

        IsPublished = false;
        PublishedAtUtc = null;
        ChangedAtUtc = nowUtc;
    }
}

/// <summary>What a commissioner types for a forward-plan intention.</summary>
public sealed record ForwardPlanDetails(
    int CommissioningOrganisationId, ServiceArea ServiceArea, ForwardPlanBand Band, string? Service, string? Description,
    string? TenderTiming, string? StartDate, string? TermShape, string? Route, bool ConsultationOnSpecification,
    bool HelpToFormConsortia, string? SupportNote, decimal? EstimatedValue);

/// <summary>The forward plan's two bands, in the MPS's words (domain.md section 8a).</summary>
public enum ForwardPlanBand
{
    ShortTerm = 0,
    LongerTerm = 1,
}

public static class ForwardPlanBandNames
{
    /// <summary>"Short term commissioning opportunities (next 12-18 months)" as MPS Appendix B heads the band.</summary>
    public static string ToDisplayName(this ForwardPlanBand band) => band switch
    {
        ForwardPlanBand.ShortTerm => "Short term commissioning opportunities (next 12-18 months)",
        ForwardPlanBand.LongerTerm => "Longer term commissioning opportunities (next 2-5 years)",
        _ => band.ToString(),
    };
}
