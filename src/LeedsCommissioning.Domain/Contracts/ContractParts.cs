using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// A provider's part in a contract with its annual share in pounds. The lead's share is not entered:
/// it is the rest of the annual value once partners and subcontractors are paid, so the shares of a
/// contract always add up to its annual value. Changed only through <see cref="Contract"/>.
/// </summary>
public sealed class ContractProvider : IAuditable
{
    private ContractProvider() { }

    internal ContractProvider(Provider provider, ProviderRole role, decimal annualShare)
    {
        Provider = provider;
        ProviderId = provider.Id;
        Role = role;
        AnnualShare = annualShare;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public int ProviderId { get; private set; }

    /// <summary>Load it (Include Providers.ThenInclude Provider) before changing the contract's providers or value.</summary>
    public Provider Provider { get; private set; } = null!;

    public ProviderRole Role { get; private set; }

    public decimal AnnualShare { get; private set; }

    internal void Change(ProviderRole role, decimal annualShare)
    {
        Role = role;
        AnnualShare = annualShare;
    }
}

/// <summary>
/// What one funder puts into a contract each year, from which stream (domain.md section 2: "A contract
/// can have several funders, each with a share in pounds"). The funder is either a
/// <see cref="CommissioningOrganisation"/> or a partner named in free text (e.g. a neighbouring council).
/// </summary>
public sealed class FundingContribution : IAuditable
{
    private FundingContribution() { }

    internal FundingContribution(FundingLine line)
    {
        FunderOrganisationId = line.FunderOrganisationId;
        PartnerName = line.FunderOrganisationId is null ? line.PartnerName?.Trim() : null;
        Stream = line.Stream;
        AnnualAmount = line.AnnualAmount;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public int? FunderOrganisationId { get; private set; }

    public CommissioningOrganisation? FunderOrganisation { get; private set; }

    /// <summary>The funder's name when it is not a commissioning organisation.</summary>
    public string? PartnerName { get; private set; }

    public FundingStream Stream { get; private set; }

    public decimal AnnualAmount { get; private set; }

    /// <summary>The funder's name for display (needs <see cref="FunderOrganisation"/> loaded when there is one).</summary>
    public string FunderName => FunderOrganisation?.Name ?? PartnerName ?? "";

    /// <summary>The same commissioning organisation, or the same partner name (ignoring case).</summary>
    internal bool SameFunder(FundingContribution other) =>
        FunderOrganisationId is { } id ? id == other.FunderOrganisationId
        : other.FunderOrganisationId is null && string.Equals(PartnerName, other.PartnerName, StringComparison.OrdinalIgnoreCase);

    internal void Change(FundingStream stream, decimal annualAmount)
    {
        Stream = stream;
        AnnualAmount = annualAmount;
    }
}

/// <summary>One funding contribution as a form posts it.</summary>
/// <param name="FunderOrganisationId">A commissioning organisation, or null for a partner named in <paramref name="PartnerName"/>.</param>
public sealed record FundingLine(int? FunderOrganisationId, string? PartnerName, FundingStream Stream, decimal AnnualAmount)
{
    public static FundingLine FromOrganisation(int organisationId, FundingStream stream, decimal annualAmount) =>
        new(organisationId, null, stream, annualAmount);

    public static FundingLine FromPartner(string partnerName, FundingStream stream, decimal annualAmount) =>
        new(null, partnerName, stream, annualAmount);
}

/// <summary>One provider row as a form posts it. The lead's <paramref name="AnnualShare"/> is ignored (see <see cref="ContractProvider"/>).</summary>
public sealed record ContractProviderLine(Provider Provider, ProviderRole Role, decimal AnnualShare = 0m);

/// <summary>
/// An optional extension of the term (domain.md section 2, "Record initial term, each optional
/// extension and whether it was taken"). Numbered 1, 2, 3 in the order they were added, so screens and
/// seed data can name one before it is saved. Decided through <see cref="Contract"/>.
/// </summary>
public sealed class ContractExtension : IAuditable
{
    private ContractExtension() { }

    internal ContractExtension(int number, int months, DateOnly decideBy)
    {
        Number = number;
        Months = months;
        DecideBy = decideBy;
        Status = ExtensionStatus.Pending;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public int Number { get; private set; }

    public int Months { get; private set; }

    /// <summary>The date by which the commissioner must decide whether to take the extension.</summary>
    public DateOnly DecideBy { get; private set; }

    public ExtensionStatus Status { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    internal void Decide(ExtensionStatus status, DateOnly decidedOn)
    {
        if (Status != ExtensionStatus.Pending)
        {
            throw new DomainException(
                $"Extension {Number} has already been {Status.ToDisplayName().ToLowerInvariant()}", nameof(Status));
        }

        Status = status;
        DecidedOn = decidedOn;
    }
}

/// <summary>
/// A document's metadata; the bytes live in a document store under <see cref="StorageKey"/>
/// (issue 4: "stored safely, never executed, never served from wwwroot").
/// </summary>
public sealed class ContractDocument : IAuditable
{
    /// <summary>PDF, Word and Excel only (issue 4). Content checks beyond the name belong to the upload screen.</summary>
    public static IReadOnlyList<string> AllowedExtensions { get; } = [".pdf", ".doc", ".docx", ".xls", ".xlsx"];

    private ContractDocument() { }

    internal ContractDocument(
        DocumentKind kind, string fileName, string contentType, long sizeBytes, string storageKey,
        string? uploadedByUserId, string uploadedByName, DateTime uploadedAtUtc)
    {
        Kind = kind;
        FileName = Text.Required(Path.GetFileName(fileName ?? ""), 255, nameof(FileName), "Select a file", "File name");
        if (!AllowedExtensions.Contains(Path.GetExtension(FileName).ToLowerInvariant()))
        {
            throw new DomainException("The selected file must be a PDF, Word or Excel document", "File");
        }

        if (sizeBytes <= 0)
        {
            throw new DomainException("The selected file is empty", "File");
        }

        ContentType = Text.Required(contentType, 100, nameof(ContentType), "Select a file", "Content type");
        SizeBytes = sizeBytes;
        StorageKey = Text.Required(storageKey, 200, nameof(StorageKey), "The document has no storage key", "Storage key");
        UploadedByUserId = uploadedByUserId;
        UploadedByName = Text.Required(uploadedByName, 200, nameof(UploadedByName), "Say who uploaded the document", "Uploaded by");
        UploadedAtUtc = uploadedAtUtc.Kind == DateTimeKind.Utc ? uploadedAtUtc : uploadedAtUtc.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public string StorageKey { get; private set; } = "";

    public string? UploadedByUserId { get; private set; }

    public string UploadedByName { get; private set; } = "";

    public DateTime UploadedAtUtc { get; private set; }
}
