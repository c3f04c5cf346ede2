using LeedsCommissioning.Web.Features.OpenData;

namespace LeedsCommissioning.Web.Tests.OpenData;

/// <summary>The data-quality checks beyond the schema, one rule at a time, on a release built here (docs/open-data.md).</summary>
public sealed class A_release_is_checked_before_it_is_published
{
    private const string Prefix = "ocds-lcdemo";
    private static readonly OcdsOrganisationReference Buyer = new("buyer-LCC-AH", "Leeds City Council: Adults and Health");
    private static readonly OcdsOrganisationReference Supplier = new("provider-7", "Example Community Trust");
    private static readonly DateTime Opens = new(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Closes = new(2026, 10, 1, 11, 0, 0, DateTimeKind.Utc);

    private static OcdsRelease Release(
        string ocid = Prefix + "-opportunity-5", DateTime? questionsClose = null, DateTime? awarded = null, decimal contractValue = 90_000m,
        DateTime? contractStarts = null, bool supplierInParties = true, IReadOnlyList<OcdsAmendment>? amendments = null,
        IReadOnlyList<OcdsMilestone>? milestones = null) =>
        new(ocid, ocid + "-1", Closes, ["tender", "award", "contract"], "tender",
            [new(Buyer.Id, Buyer.Name, ["buyer"], null), .. supplierInParties ? new[] { new OcdsParty(Supplier.Id, Supplier.Name, ["supplier"], null) } : []],
            Buyer, null,
            new OcdsTender("opportunity-5", "Title", null, "complete", Buyer, new OcdsValue(120_000m), "open", "Open procedure", "services", Opens,
                new OcdsPeriod(Opens, Closes), new OcdsPeriod(Opens, questionsClose ?? Closes.AddDays(-10)), new OcdsPeriod(null, null, 365), 2, null),
            [new OcdsAward("award-1", "Lot 1", "active", awarded ?? Closes.AddDays(20), new OcdsValue(100_000m), [Supplier], ["1"])],
            [new OcdsContract("contract-3", "award-1", "Title", "active", new OcdsValue(contractValue),
                new OcdsPeriod(contractStarts ?? Closes.AddDays(60), Closes.AddDays(400)),
                milestones is null ? null : new OcdsImplementation(milestones), amendments)],
            null);

    [Fact]
    public void a_release_that_keeps_every_rule_has_no_problems() =>
        Assert.Empty(OcdsQualityChecks.Problems(Release(), Prefix));

    [Theory]
    [InlineData("ocds-lcdemo-opportunity-0")]
    [InlineData("ocds-lcdemo-tender-5")]
    [InlineData("ocds-other1-opportunity-5")]
    [InlineData("ocds-lcdemo-opportunity-5x")]
    public void an_ocid_that_is_not_the_prefix_a_kind_and_a_number_fails(string ocid) =>
        Assert.Equal([$"The ocid \"{ocid}\" is not the prefix \"{Prefix}\" followed by \"-opportunity-\" or \"-contract-\" and a number"],
            OcdsQualityChecks.Problems(Release(ocid), Prefix));

    [Fact]
    public void a_clarification_deadline_after_the_bid_deadline_fails() =>
        Assert.Equal(["The clarification deadline is after the bid deadline"], OcdsQualityChecks.Problems(Release(questionsClose: Closes.AddHours(1)), Prefix));

    [Fact]
    public void an_award_dated_before_the_bid_deadline_fails() =>
        Assert.Equal(["The award award-1 is dated before the bid deadline"], OcdsQualityChecks.Problems(Release(awarded: Closes.AddDays(-1), contractStarts: Closes.AddDays(60)), Prefix));

    [Fact]
    public void a_contract_starting_before_its_award_fails() =>
        Assert.Equal(["The contract contract-3 starts before its award is dated"], OcdsQualityChecks.Problems(Release(contractStarts: Closes.AddDays(5)), Prefix));

    [Fact]
    public void a_contract_worth_more_than_its_award_fails_and_one_worth_the_same_passes()
    {
        Assert.Equal(["The contract contract-3 is worth £100,000.01, more than its award's £100,000"],
            OcdsQualityChecks.Problems(Release(contractValue: 100_000.01m), Prefix));
        Assert.Empty(OcdsQualityChecks.Problems(Release(contractValue: 100_000m), Prefix));
    }

    [Fact]
    public void a_contract_raised_above_its_award_by_an_amendment_passes() =>
        Assert.Empty(OcdsQualityChecks.Problems(Release(contractValue: 700_000m,
            amendments: [new OcdsAmendment("change-9", Closes.AddDays(200), "A change to the scope or service that increases the whole-life value by £600,000", null)]), Prefix));

    [Fact]
    public void a_supplier_missing_from_the_parties_fails() =>
        Assert.Equal(["The supplier Example Community Trust of award award-1 is not in the parties"],
            OcdsQualityChecks.Problems(Release(supplierInParties: false), Prefix));

    private static readonly DateTime ContractStarts = Closes.AddDays(60);

    private static OcdsMilestone Return(string id = "return-20263", DateTime? due = null, string status = "met", DateTime? met = null, bool noDueDate = false) =>
        new(id, "Quarterly monitoring return, Q3 2026/27", "reporting", "Submitted on time.",
            noDueDate ? null : due ?? ContractStarts.AddDays(120), status == "met" ? met : null, null, status);

    [Fact]
    public void a_contract_with_amendments_and_milestones_in_order_has_no_problems() =>
        Assert.Empty(OcdsQualityChecks.Problems(Release(
            amendments: [new OcdsAmendment("change-4", ContractStarts.AddDays(30), "Annual value changed from £90,000 to £95,000", null)],
            milestones: [Return(met: ContractStarts.AddDays(110)), Return("return-20264", status: "scheduled", due: ContractStarts.AddDays(210))]), Prefix));

    [Fact]
    public void an_amendment_taking_effect_before_the_contract_starts_fails() =>
        Assert.Equal(["The amendment change-4 of contract contract-3 takes effect before the contract starts"],
            OcdsQualityChecks.Problems(Release(amendments: [new OcdsAmendment("change-4", ContractStarts.AddDays(-1), "A change to the scope or service", null)]), Prefix));

    [Fact]
    public void a_milestone_without_a_due_date_or_due_before_the_contract_starts_fails()
    {
        Assert.Equal(["The milestone return-20263 of contract contract-3 has no due date"],
            OcdsQualityChecks.Problems(Release(milestones: [Return(status: "scheduled", noDueDate: true)]), Prefix));
        Assert.Equal(["The milestone return-20263 of contract contract-3 is due before the contract starts"],
            OcdsQualityChecks.Problems(Release(milestones: [Return(status: "scheduled", due: ContractStarts.AddDays(-30))]), Prefix));
    }

    [Fact]
    public void a_met_milestone_without_the_date_it_was_met_fails() =>
        Assert.Equal(["The milestone return-20263 of contract contract-3 is met but has no date it was met"],
            OcdsQualityChecks.Problems(Release(milestones: [Return(met: null)]), Prefix));

    [Fact]
    public void two_milestones_with_the_same_id_fail() =>
        Assert.Equal(["The contract contract-3 has more than one amendment or milestone with the id return-20263"],
            OcdsQualityChecks.Problems(Release(milestones: [Return(status: "scheduled"), Return(status: "scheduled", due: ContractStarts.AddDays(200))]), Prefix));

    [Theory]
    [InlineData("ocds-lcdemo", true)]
    [InlineData("ocds-a1b2c3", true)]
    [InlineData("ocds-lcdem", false)]
    [InlineData("OCDS-lcdemo", false)]
    [InlineData("lcdemo", false)]
    public void a_prefix_is_ocds_and_six_letters_or_digits(string prefix, bool wellFormed) =>
        Assert.Equal(wellFormed, OcdsQualityChecks.IsWellFormedPrefix(prefix));
}
