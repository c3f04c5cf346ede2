using System.Text.RegularExpressions;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Providers;

/// <summary>
/// A provider organisation: a charity, community interest company, company, NHS trust, public body
/// or consortium that delivers commissioned services. Provider users belong to exactly one.
/// Provider users may change only the public profile (<see cref="UpdatePublicProfile"/>); every other
/// method is for commissioners (issue 4).
/// </summary>
public sealed partial class Provider : IAuditable, IVersioned
{
    private readonly List<Ward> _wards = [];
    private readonly List<CqcLocation> _cqcLocations = [];
    private readonly List<ProviderContact> _contacts = [];

    private Provider() { }

    public Provider(string name)
        : this(name, ProviderType.RegisteredCharity)
    {
    }

    public Provider(string name, ProviderType type)
    {
        Rename(name);
        ChangeType(type);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public ProviderType Type { get; private set; }

    /// <summary>
    /// Charities, community interest companies and consortia (taken to be of such organisations) are
    /// the third sector, so the Compact for Leeds' six months' notice applies (domain.md section 5).
    /// Derived from <see cref="Type"/>; stored so lists can filter on it.
    /// </summary>
    public bool IsThirdSector { get; private set; }

    /// <summary>Charity Commission number, e.g. "1123456" or "1123456-1".</summary>
    public string? CharityNumber { get; private set; }

    /// <summary>Companies House number: 8 characters, e.g. "04567890" or "SC123456".</summary>
    public string? CompanyNumber { get; private set; }

    /// <summary>Annual income in pounds, as last reported.</summary>
    public decimal? AnnualIncome { get; private set; }

    /// <summary>The year of the accounts <see cref="AnnualIncome"/> comes from (e.g. 2025).</summary>
    public int? IncomeYear { get; private set; }

    /// <summary>Derived from <see cref="AnnualIncome"/> by <see cref="SizeBands"/>; stored so lists can filter on it.</summary>
    public SizeBand? SizeBand { get; private set; }

    public bool IsLeedsBased { get; private set; }

    /// <summary>Small (micro or small band) and Leeds-based: counts towards Keep it Local figures.</summary>
    public bool IsSmallAndLocal => SizeBands.IsSmallAndLocal(IsLeedsBased, SizeBand);

    public VettingStatus VettingStatus { get; private set; }

    /// <summary>When the vetting status last changed; null only when not vetted.</summary>
    public DateOnly? VettingStatusDate { get; private set; }

    public string? Description { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Ward> Wards => _wards;

    public IReadOnlyList<CqcLocation> CqcLocations => _cqcLocations;

    public IReadOnlyList<ProviderContact> Contacts => _contacts;

    /// <summary>The localities the provider's wards fall in, in order.</summary>
    public IReadOnlyList<Locality> Localities => _wards.Select(w => w.Locality).Distinct().Order().ToList();

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Enter the organisation's name", nameof(Name));
        }

        Name = Text.Required(name, 200, nameof(Name), "Enter the organisation's name", "Organisation name");
    }

    public void ChangeType(ProviderType type)
    {
        if (!Enum.IsDefined(type))
        {
            throw new DomainException("Select the type of organisation", nameof(Type));
        }

        Type = type;
        IsThirdSector = IsThirdSectorType(type);
    }

    /// <summary>The third-sector rule in one place (domain.md section 5, Compact for Leeds).</summary>
    public static bool IsThirdSectorType(ProviderType type) =>
        type is ProviderType.RegisteredCharity or ProviderType.CommunityInterestCompany or ProviderType.Consortium;

    /// <summary>Commissioners: the registration numbers (either may be blank).</summary>
    public void SetRegistration(string? charityNumber, string? companyNumber)
    {
        var charity = Text.Optional(charityNumber, 20, nameof(CharityNumber), "Charity number");
        if (charity is not null && !CharityNumberPattern().IsMatch(charity))
        {
            throw new DomainException("Enter a charity number in the correct format, like 1123456", nameof(CharityNumber));
        }

        var company = Text.Optional(companyNumber, 8, nameof(CompanyNumber), "Company number")?.ToUpperInvariant();
        if (company is not null && !CompanyNumberPattern().IsMatch(company))
        {
            throw new DomainException("Enter a company number in the correct format, like 04567890", nameof(CompanyNumber));
        }

        CharityNumber = charity;
        CompanyNumber = company;
    }

    /// <summary>
    /// Commissioners: annual income and the year it was reported; both or neither. The size band follows.
    /// </summary>
    public void SetIncome(decimal? annualIncome, int? year)
    {
        if (annualIncome is null)
        {
            AnnualIncome = null;
            IncomeYear = null;
            SizeBand = null;
            return;
        }

        Money.Ensure(annualIncome.Value, nameof(AnnualIncome), "Annual income");
        if (year is null)
        {
            throw new DomainException("Enter the year the income was reported", nameof(IncomeYear));
        }

        if (year is < 2000 or > 2100)
        {
            throw new DomainException("Year the income was reported must be between 2000 and 2100", nameof(IncomeYear));
        }

        AnnualIncome = annualIncome;
        IncomeYear = year;
        SizeBand = SizeBands.For(annualIncome);
    }

    public void SetLeedsBased(bool isLeedsBased) => IsLeedsBased = isLeedsBased;

    /// <summary>Commissioners: the wards the provider works in (duplicates are ignored).</summary>
    public void SetWards(IEnumerable<Ward> wards)
    {
        var distinct = wards.DistinctBy(w => w.Id == 0 ? (object)w : w.Id).ToList();
        _wards.RemoveAll(w => !distinct.Contains(w));
        _wards.AddRange(distinct.Where(w => !_wards.Contains(w)));
    }

    /// <summary>Commissioners: the Leeds Directory "Green Tick" status (domain.md section 3) and when it took effect.</summary>
    public void SetVetting(VettingStatus status, DateOnly? date)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Select the vetting status", nameof(VettingStatus));
        }

        if (status != VettingStatus.NotVetted && date is null)
        {
            throw new DomainException("Enter the date of the vetting status", nameof(VettingStatusDate));
        }

        VettingStatus = status;
        VettingStatusDate = status == VettingStatus.NotVetted ? null : date;
    }

    /// <summary>Commissioners: the CQC-registered locations, replacing the list. A location ID appears once.</summary>
    public void SetCqcLocations(IEnumerable<CqcLocation> locations)
    {
        var list = locations.ToList();
        if (list.GroupBy(l => l.CqcLocationId).Any(g => g.Count() > 1))
        {
            throw new DomainException("Each CQC location can be listed only once", nameof(CqcLocations));
        }

        _cqcLocations.Clear();
        _cqcLocations.AddRange(list);
    }

    /// <summary>Commissioners: the contacts, replacing the list.</summary>
    public void SetContacts(IEnumerable<ProviderContact> contacts)
    {
        _contacts.Clear();
        _contacts.AddRange(contacts);
    }

    public void SetDescription(string? description) =>
        Description = Text.Optional(description, 4000, nameof(Description), "Description");

    /// <summary>
    /// What a provider user may change about their own organisation: the description and the contacts
    /// (issue 4). Everything else is the commissioners'.
    /// </summary>
    public void UpdatePublicProfile(string? description, IEnumerable<ProviderContact> contacts)
    {
        SetDescription(description);
        SetContacts(contacts);
    }

    /// <summary>
    /// Commissioners: every field on the provider's details form at once, every problem reported together
    /// (docs/patterns.md, "Question pages and validation").
    /// </summary>
    public void UpdateDetails(
        string name, ProviderType type, string? charityNumber, string? companyNumber,
        decimal? annualIncome, int? incomeYear, bool isLeedsBased, string? description)
    {
        var errors = new DomainErrors();
        errors.Collect(() => Rename(name));
        errors.Collect(() => ChangeType(type));
        errors.Collect(() => SetRegistration(charityNumber, companyNumber));
        errors.Collect(() => SetIncome(annualIncome, incomeYear));
        SetLeedsBased(isLeedsBased);
        errors.Collect(() => SetDescription(description));
        errors.ThrowIfAny();
    }

    [GeneratedRegex(@"^\d{6,8}(-\d{1,2})?$")]
    private static partial Regex CharityNumberPattern();

    [GeneratedRegex(@"^(\d{8}|[A-Z]{2}\d{6})$")]
    private static partial Regex CompanyNumberPattern();
}
