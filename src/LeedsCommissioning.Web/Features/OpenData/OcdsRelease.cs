namespace LeedsCommissioning.Web.Features.OpenData;

// The parts of an OCDS 1.1 release the portal publishes (docs/open-data.md maps each field to its source). Written by
// System.Text.Json with camel-case names and without nulls, one release at a time, straight to the response.

public sealed record OcdsRelease(
    string Ocid, string Id, DateTime Date, IReadOnlyList<string> Tag, string InitiationType, IReadOnlyList<OcdsParty> Parties,
    OcdsOrganisationReference Buyer, OcdsPlanning? Planning, OcdsTender? Tender, IReadOnlyList<OcdsAward>? Awards,
    IReadOnlyList<OcdsContract>? Contracts, OcdsBids? Bids)
{
    public string Language => "en";

    /// <summary>The title a person reads on the administrators' page: the tender's or the first contract's. Not an OCDS field.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Title => Tender?.Title ?? (Contracts is { Count: > 0 } contracts ? contracts[0].Title : Ocid);
}

public sealed record OcdsOrganisationReference(string Id, string Name);

public sealed record OcdsIdentifier(string Scheme, string Id);

public sealed record OcdsParty(string Id, string Name, IReadOnlyList<string> Roles, OcdsIdentifier? Identifier);

public sealed record OcdsValue(decimal Amount)
{
    public string Currency => "GBP";
}

public sealed record OcdsPeriod(DateTime? StartDate, DateTime? EndDate, int? DurationInDays = null, DateTime? MaxExtentDate = null);

public sealed record OcdsBudget(string Description, OcdsValue Amount);

public sealed record OcdsPlanning(string Rationale, OcdsBudget Budget);

public sealed record OcdsLot(string Id, string Title, string? Description, string Status, OcdsValue Value);

public sealed record OcdsTender(
    string Id, string Title, string? Description, string Status, OcdsOrganisationReference ProcuringEntity, OcdsValue Value,
    string ProcurementMethod, string ProcurementMethodDetails, string MainProcurementCategory, DateTime? DatePublished,
    OcdsPeriod? TenderPeriod, OcdsPeriod? EnquiryPeriod, OcdsPeriod ContractPeriod, int? NumberOfTenderers, IReadOnlyList<OcdsLot>? Lots);

public sealed record OcdsAward(
    string Id, string Title, string Status, DateTime? Date, OcdsValue Value, IReadOnlyList<OcdsOrganisationReference> Suppliers,
    IReadOnlyList<string>? RelatedLots);

public sealed record OcdsContract(
    string Id, string AwardID, string Title, string Status, OcdsValue Value, OcdsPeriod Period,
    OcdsImplementation? Implementation = null, IReadOnlyList<OcdsAmendment>? Amendments = null);

/// <summary>The contract's implementation: milestones only (the portal records no payments, and links no staff-only page).</summary>
public sealed record OcdsImplementation(IReadOnlyList<OcdsMilestone> Milestones);

/// <summary>
/// A milestone of the implementation: a quarterly monitoring return due from the provider (type <c>reporting</c>) or a key
/// performance indicator's rating for a contract year (type <c>delivery</c>). Status facts only, never a return's words.
/// </summary>
public sealed record OcdsMilestone(
    string Id, string Title, string Type, string Description, DateTime? DueDate, DateTime? DateMet, DateTime? DateModified, string Status);

/// <summary>A change to the contract that stands (no decision needed, or approved): its date and what it changed.</summary>
public sealed record OcdsAmendment(string Id, DateTime Date, string Description, string? Rationale);

/// <summary>The bid statistics and details extension's <c>bids</c> block: statistics only, never a bid.</summary>
public sealed record OcdsBids(IReadOnlyList<OcdsBidStatistic> Statistics);

public sealed record OcdsBidStatistic(string Id, string Measure, int Value, DateTime Date, string? RelatedLot);
