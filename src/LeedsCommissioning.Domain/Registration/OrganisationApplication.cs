using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Registration;

/// <summary>
/// A new provider organisation's application for an account (issue 6, "self-registration"). An
/// administrator or commissioner approves it before it can bid: approval creates the Provider and
/// invites the applicant as its first provider user.
/// </summary>
public sealed class OrganisationApplication : IAuditable
{
    private OrganisationApplication() { }

    /// <summary>The kinds of organisation that may apply: the voluntary, community and social enterprise sector and businesses.</summary>
    public static readonly IReadOnlyList<ProviderType> TypesThatMayApply =
        [ProviderType.RegisteredCharity, ProviderType.CommunityInterestCompany, ProviderType.Company, ProviderType.Consortium];

    public OrganisationApplication(
        string organisationName, ProviderType type, string? charityNumber, string? companyNumber, string? postcode, bool isLeedsBased,
        IEnumerable<Locality> localities, decimal? annualIncome, string? description, string applicantName, string applicantEmail, string? applicantJobTitle, DateTime nowUtc)
    {
        OrganisationName = Required(organisationName, 200, nameof(OrganisationName), "Enter your organisation's name");
        // NHS trusts and public bodies are added to the register by commissioners, not by self-registration.
        Type = TypesThatMayApply.Contains(type)
            ? type
            : throw new DomainException("Select the kind of organisation: a registered charity, a community interest company, a company or a consortium", nameof(Type));
        if (type == ProviderType.RegisteredCharity && string.IsNullOrWhiteSpace(charityNumber))
        {
            throw new DomainException("Enter your charity number", nameof(CharityNumber));
        }

        if (type == ProviderType.CommunityInterestCompany && string.IsNullOrWhiteSpace(companyNumber))
        {
            throw new DomainException("Enter your company number: every community interest company has one", nameof(CompanyNumber));
        }

        Localities = localities.Distinct().Order().ToList();
        if (isLeedsBased && Localities.Count == 0)
        {
            throw new DomainException("Select the parts of Leeds you work in", nameof(Localities));
        }

        CharityNumber = Optional(charityNumber, 20);
        CompanyNumber = Optional(companyNumber, 8)?.ToUpperInvariant();
        Postcode = Optional(postcode, 10)?.ToUpperInvariant();
        IsLeedsBased = isLeedsBased;
        if (annualIncome < 0)
        {
            throw new DomainException("Annual income must be £0 or more", nameof(AnnualIncome));
        }

        AnnualIncome = annualIncome;
        Description = Optional(description, 2000);
        ApplicantName = Required(applicantName, 200, nameof(ApplicantName), "Enter your full name");
        ApplicantEmail = Required(applicantEmail, 256, nameof(ApplicantEmail), "Enter your email address").ToLowerInvariant();
        ApplicantJobTitle = Optional(applicantJobTitle, 200);
        SubmittedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public string OrganisationName { get; private set; } = "";

    public ProviderType Type { get; private set; }

    /// <summary>The parts of Leeds it works in; on approval the provider gets every ward in them (the Keep it Local count uses them).</summary>
    public List<Locality> Localities { get; private set; } = [];

    public string? CharityNumber { get; private set; }

    public string? CompanyNumber { get; private set; }

    public string? Postcode { get; private set; }

    public bool IsLeedsBased { get; private set; }

    public decimal? AnnualIncome { get; private set; }

    public string? Description { get; private set; }

    public string ApplicantName { get; private set; } = "";

    public string ApplicantEmail { get; private set; } = "";

    public string? ApplicantJobTitle { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public string? RejectionReason { get; private set; }

    public int? ProviderId { get; private set; }

    /// <summary>
    /// The provider an approved application becomes: its name, kind, registration numbers, Leeds base,
    /// description, the wards of the localities it works in, and its income as reported for last year.
    /// </summary>
    /// <param name="wards">Every ward in <see cref="Localities"/>.</param>
    /// <param name="today">Today's UK date: the income is taken as last year's.</param>
    public Provider ToProvider(IEnumerable<Ward> wards, DateOnly today)
    {
        EnsurePending();
        var provider = new Provider(OrganisationName, Type);
        provider.SetRegistration(CharityNumber, CompanyNumber);
        provider.SetWards(wards.Where(w => Localities.Contains(w.Locality)));
        provider.SetIncome(AnnualIncome, AnnualIncome is null ? null : today.Year - 1);
        provider.SetLeedsBased(IsLeedsBased);
        provider.SetDescription(Description);
        return provider;
    }

    public void Approve(int providerId, string decidedBy, DateTime nowUtc)
    {
        EnsurePending();
        Status = ApplicationStatus.Approved;
        ProviderId = providerId;
        DecidedBy = decidedBy;
        DecidedAtUtc = nowUtc;
    }

    public void Reject(string reason, string decidedBy, DateTime nowUtc)
    {
        EnsurePending();
        RejectionReason = Required(reason, 2000, nameof(RejectionReason), "Enter why the application is rejected");
        Status = ApplicationStatus.Rejected;
        DecidedBy = decidedBy;
        DecidedAtUtc = nowUtc;
    }

    private void EnsurePending()
    {
        if (Status != ApplicationStatus.Pending)
        {
            throw new DomainException("This application has already been decided");
        }
    }

    private static string Required(string? value, int max, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(message, field);
        }

        var trimmed = value.Trim();
        return trimmed.Length <= max ? trimmed : throw new DomainException($"Must be {max} characters or fewer", field);
    }

    private static string? Optional(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, max)];
}
