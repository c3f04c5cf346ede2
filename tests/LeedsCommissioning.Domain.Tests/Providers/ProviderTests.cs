using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Tests.Providers;

public class Sizing_a_provider_by_income
{
    [Theory]
    [InlineData(0, SizeBand.Micro)]
    [InlineData(9_999.99, SizeBand.Micro)]
    [InlineData(10_000, SizeBand.Small)]
    [InlineData(99_999.99, SizeBand.Small)]
    [InlineData(100_000, SizeBand.Medium)]
    [InlineData(999_999.99, SizeBand.Medium)]
    [InlineData(1_000_000, SizeBand.Large)]
    [InlineData(9_999_999.99, SizeBand.Large)]
    [InlineData(10_000_000, SizeBand.Major)]
    [InlineData(25_000_000, SizeBand.Major)]
    public void follows_the_NCVO_bands_at_their_boundaries(double income, SizeBand expected)
    {
        var provider = new Provider("Hamara");

        provider.SetIncome((decimal)income, 2025);

        Assert.Equal(expected, provider.SizeBand);
    }

    [Theory]
    [InlineData(SizeBand.Micro, true)]
    [InlineData(SizeBand.Small, true)]
    [InlineData(SizeBand.Medium, false)]
    [InlineData(SizeBand.Large, false)]
    [InlineData(SizeBand.Major, false)]
    public void counts_as_a_small_organisation_only_when_micro_or_small(SizeBand band, bool small)
    {
        Assert.Equal(small, SizeBands.IsSmall(band));
        Assert.Equal(small, SizeBands.IsSmallProvider.Compile()(ProviderIn(band)));
    }

    [Fact]
    public void describes_each_band_with_its_figures()
    {
        Assert.Equal("Small (£10,000 to £99,999)", SizeBand.Small.ToDisplayName());
        Assert.Equal("Major (£10,000,000 or more)", SizeBand.Major.ToDisplayName());
    }

    private static Provider ProviderIn(SizeBand band)
    {
        var provider = new Provider("Hamara");
        provider.SetIncome(band switch { SizeBand.Micro => 5_000m, SizeBand.Small => 50_000m, SizeBand.Medium => 500_000m, SizeBand.Large => 5_000_000m, _ => 50_000_000m }, 2025);
        return provider;
    }

    [Fact]
    public void has_no_band_when_income_is_not_known()
    {
        var provider = new Provider("Hamara");
        provider.SetIncome(50_000m, 2025);

        provider.SetIncome(null, null);

        Assert.Null(provider.SizeBand);
        Assert.Null(provider.IncomeYear);
    }

    [Fact]
    public void needs_the_year_the_income_was_reported()
    {
        var provider = new Provider("Hamara");

        var error = Assert.Throws<DomainException>(() => provider.SetIncome(50_000m, null));

        Assert.Equal(nameof(Provider.IncomeYear), error.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10.005)]
    public void refuses_negative_income_or_fractions_of_a_penny(double income)
    {
        var provider = new Provider("Hamara");

        var error = Assert.Throws<DomainException>(() => provider.SetIncome((decimal)income, 2025));

        Assert.Equal(nameof(Provider.AnnualIncome), error.Field);
    }

    [Theory]
    [InlineData(9_000, true, true)]
    [InlineData(99_999.99, true, true)]
    [InlineData(100_000, true, false)]
    [InlineData(9_000, false, false)]
    public void counts_as_small_and_local_only_when_small_and_Leeds_based(double income, bool leedsBased, bool expected)
    {
        var provider = new Provider("Hamara");
        provider.SetIncome((decimal)income, 2025);
        provider.SetLeedsBased(leedsBased);

        Assert.Equal(expected, provider.IsSmallAndLocal);
    }
}

public class Deciding_whether_a_provider_is_third_sector
{
    [Theory]
    [InlineData(ProviderType.RegisteredCharity, true)]
    [InlineData(ProviderType.CommunityInterestCompany, true)]
    [InlineData(ProviderType.Consortium, true)]
    [InlineData(ProviderType.Company, false)]
    [InlineData(ProviderType.NhsTrust, false)]
    [InlineData(ProviderType.PublicBody, false)]
    public void follows_its_type(ProviderType type, bool expected)
    {
        Assert.Equal(expected, new Provider("Touchstone", type).IsThirdSector);
    }

    [Fact]
    public void changes_when_its_type_changes()
    {
        var provider = new Provider("Touchstone", ProviderType.Company);

        provider.ChangeType(ProviderType.CommunityInterestCompany);

        Assert.True(provider.IsThirdSector);
    }
}

public class Updating_a_provider
{
    [Fact]
    public void lets_a_provider_user_change_the_description_and_contacts()
    {
        var provider = new Provider("Leeds Mind");

        provider.UpdatePublicProfile("Mental health support across Leeds",
            [new ProviderContact("Ruth Ellis", "Chief executive", "ruth.ellis@example.org", "0113 496 0000")]);

        Assert.Equal("Mental health support across Leeds", provider.Description);
        Assert.Equal("Ruth Ellis", Assert.Single(provider.Contacts).Name);
    }

    [Fact]
    public void refuses_a_contact_without_a_name()
    {
        var error = Assert.Throws<DomainException>(() => new ProviderContact(" ", null, null, null));
        Assert.Equal(nameof(ProviderContact.Name), error.Field);
    }

    [Fact]
    public void refuses_a_contact_email_without_an_at_sign()
    {
        var error = Assert.Throws<DomainException>(() => new ProviderContact("Ruth Ellis", null, "ruth.example.org", null));
        Assert.Equal(nameof(ProviderContact.Email), error.Field);
    }

    [Fact]
    public void refuses_a_blank_name()
    {
        var error = Assert.Throws<DomainException>(() => new Provider("  "));
        Assert.Equal(nameof(Provider.Name), error.Field);
    }

    [Theory]
    [InlineData("1123456", null)]
    [InlineData("1123456-1", "04567890")]
    [InlineData(null, "SC123456")]
    public void accepts_well_formed_registration_numbers(string? charity, string? company)
    {
        var provider = new Provider("Leeds Mind");
        provider.SetRegistration(charity, company);
        Assert.Equal(charity, provider.CharityNumber);
        Assert.Equal(company, provider.CompanyNumber);
    }

    [Theory]
    [InlineData("12-34", null, nameof(Provider.CharityNumber))]
    [InlineData(null, "123", nameof(Provider.CompanyNumber))]
    public void refuses_malformed_registration_numbers(string? charity, string? company, string field)
    {
        var provider = new Provider("Leeds Mind");
        var error = Assert.Throws<DomainException>(() => provider.SetRegistration(charity, company));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void needs_a_date_for_any_vetting_status_but_not_vetted()
    {
        var provider = new Provider("Leeds Mind");

        var error = Assert.Throws<DomainException>(() => provider.SetVetting(VettingStatus.Vetted, null));

        Assert.Equal(nameof(Provider.VettingStatusDate), error.Field);
        provider.SetVetting(VettingStatus.NotVetted, new DateOnly(2026, 1, 1));
        Assert.Null(provider.VettingStatusDate);
    }

    [Fact]
    public void records_each_CQC_location_once()
    {
        var provider = new Provider("Leeds Jewish Welfare Board");
        var location = new CqcLocation("Donisthorpe Hall", "1-123456789", CqcRating.Good, new DateOnly(2025, 6, 1));

        var error = Assert.Throws<DomainException>(() => provider.SetCqcLocations([location, location]));

        Assert.Equal(nameof(Provider.CqcLocations), error.Field);
    }

    [Fact]
    public void refuses_a_CQC_rating_without_its_date()
    {
        var error = Assert.Throws<DomainException>(() => new CqcLocation("Donisthorpe Hall", "1-123456789", CqcRating.Good, null));
        Assert.Equal(nameof(CqcLocation.RatingDate), error.Field);
    }

    [Fact]
    public void lists_the_localities_of_its_wards()
    {
        var provider = new Provider("Hamara");

        provider.SetWards([new Ward("Beeston & Holbeck", Locality.SouthEast), new Ward("Armley", Locality.WestNorthWest),
            new Ward("Hunslet & Riverside", Locality.SouthEast)]);

        Assert.Equal([Locality.SouthEast, Locality.WestNorthWest], provider.Localities);
    }
}

public class Leeds_wards
{
    [Fact]
    public void are_the_33_wards_in_three_localities()
    {
        Assert.Equal(33, LeedsWards.All.Select(w => w.Name).Distinct().Count());
        Assert.Equal(3, LeedsWards.All.Select(w => w.Locality).Distinct().Count());
    }
}

public class Updating_a_providers_details
{
    [Fact]
    public void reports_every_problem_at_once_each_against_its_field()
    {
        var provider = new Provider("Leeds Mind", ProviderType.RegisteredCharity);

        var ex = Assert.Throws<DomainException>(() => provider.UpdateDetails(" ", ProviderType.RegisteredCharity, "12", null, 50_000m, null, true, null));

        Assert.Equal(["Name", "CharityNumber", "IncomeYear"], ex.Errors.Select(e => e.Field));
    }
}
