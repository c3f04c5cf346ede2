using System.Text.RegularExpressions;
using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// Issue 5's journey: the procurement officer drafts a CPR waiver, saves it, signs out, comes back, completes and
/// submits it; the director approves it with reasons and creates the contract; the contract is in the register.
/// axe checks every page on the way, including the printable decision report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Recording_and_deciding_a_waiver(BrowserPortal portal)
{
    private const string Subject =
        "Request to waive CPR 8.1 and 8.2 to award a contract to Harehills Carers Together CIC for a dementia carers' service";

    [SkippableFact]
    public async Task the_officer_drafts_returns_and_submits_and_the_director_approves_and_creates_the_contract()
    {
        int id;
        await using (var officer = await portal.StartJourneyAsync("waiver-officer"))
        {
            var page = officer.Page;
            await officer.GoToAsync("/account/sign-in", "sign-in");
            await officer.SignInAsync("procurement@example.org");
            await officer.GoToAsync("/waivers", "waivers");
            await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Request a waiver" }), "waiver-new");
            await Expect(page.Locator("h1")).ToHaveCountAsync(1);

            // Part of it, saved as a draft.
            await page.Locator("[name=Subject]").FillAsync(Subject);
            await page.Locator("[name=ReportOf]").FillAsync("Head of Commissioning, Adults and Health");
            await page.Locator("[name=ReportTo]").FillAsync("Director of Adults and Health");
            await page.Locator("[name=CommissioningOrganisationId]").SelectOptionAsync(new SelectOptionValue { Label = "Leeds City Council: Adults and Health" });
            await page.Locator("[name=NewSupplierName]").FillAsync("Harehills Carers Together CIC");
            await page.Locator("[name=Value]").FillAsync("38,400");
            await page.Locator("[name=TermMonths]").FillAsync("18");
            await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }), "waiver-draft-saved");
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Draft waiver saved");
            await Expect(page.Locator("h1")).ToHaveTextAsync(Subject);
            id = int.Parse(Regex.Match(page.Url, @"/waivers/(\d+)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            await officer.FollowAsync(Navigation(page).GetByRole(AriaRole.Button, new() { Name = "Sign out" }), "signed-out");
        }

        await using (var officer = await portal.StartJourneyAsync("waiver-officer-returns"))
        {
            var page = officer.Page;
            await officer.GoToAsync("/account/sign-in", "sign-in");
            await officer.SignInAsync("procurement@example.org");
            await officer.GoToAsync("/waivers?status=Draft", "waivers-drafts");
            await officer.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = Subject }), "waiver-draft");
            Assert.Equal(officer.Url($"/waivers/{id}"), page.Url);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Still to complete" })).ToBeVisibleAsync();

            await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Edit the waiver" }), "waiver-edit");
            await Expect(page.Locator("[name=Subject]")).ToHaveValueAsync(Subject);
            await Expect(page.Locator("[name=Value]")).ToHaveValueAsync("38400");
            await CompleteTheRestAsync(page);
            await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }), "waiver-complete");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Still to complete" })).ToHaveCountAsync(0);

            await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit for a decision" }), "waiver-submit");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Check the waiver before you submit it for a decision");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Now submit it for a decision" })).ToBeVisibleAsync();
            await officer.FollowAsync(page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Accept and submit" }), "waiver-submitted-confirmation");
            await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Waiver submitted for a decision");
            await officer.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "View the waiver" }), "waiver-submitted");
            await Expect(page.Locator("main .govuk-summary-list .govuk-tag").First).ToHaveTextAsync("Submitted");
            await officer.FollowAsync(Navigation(page).GetByRole(AriaRole.Button, new() { Name = "Sign out" }), "signed-out");
        }

        await using (var director = await portal.StartJourneyAsync("waiver-director"))
        {
            var page = director.Page;
            await director.GoToAsync("/account/sign-in", "sign-in");
            await director.SignInAsync("director@example.org");
            await director.GoToAsync("/waivers?status=Submitted", "waivers-submitted");
            await director.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = Subject }), "waiver-submitted");
            await director.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Approve or refuse" }), "waiver-decide");

            // Without an answer first: the error summary, then the decision.
            await director.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }), "waiver-decide-errors");
            await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reasons for your decision");

            await page.GetByLabel("Approve the waiver").CheckAsync();
            await page.Locator("[name=Reasons]").FillAsync(
                "Harehills Carers Together is the only organisation in Gipton and Harehills with Roma and Urdu-speaking dementia " +
                "carer support workers. Competition is not practicable before the Carers Leeds contract ends, and the 18-month term " +
                "bridges to the new carers' framework. The price was benchmarked against the Dementia Peer Support pilot.");
            await page.Locator("[name=CreateContract][value=true]").CheckAsync();
            await page.Locator("[name=ServiceArea]").SelectOptionAsync(new SelectOptionValue { Label = "Support to live independently" });
            await page.Locator("[name='ContractStart.Day']").FillAsync("1");
            await page.Locator("[name='ContractStart.Month']").FillAsync("1");
            await page.Locator("[name='ContractStart.Year']").FillAsync("2027");
            await director.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }), "waiver-approved");
            await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Waiver approved");
            await director.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "View the waiver" }), "waiver-approved-page");
            await Expect(page.Locator("main .govuk-summary-list .govuk-tag").First).ToHaveTextAsync("Approved");
            await Expect(page.Locator("main")).ToContainTextAsync("Direct award under a CPR waiver");

            await director.GoToAsync($"/waivers/{id}/report", "waiver-report");
            await Expect(page.Locator("main")).ToContainTextAsync("Harehills Carers Together CIC");
            await director.GoToAsync($"/waivers/{id}", "waiver-approved");

            var contractLink = page.Locator("main a[href^='/contracts/']");
            var reference = (await contractLink.InnerTextAsync()).Trim();
            Assert.Equal($"CPRW-2026-{id}", reference);
            var contractPath = await contractLink.GetAttributeAsync("href");
            await director.FollowAsync(contractLink, "contract");
            Assert.Equal(director.Url(contractPath!), page.Url);
            await Expect(page.Locator("main")).ToContainTextAsync("Direct award under a CPR waiver");
            await Expect(page.Locator($"main a[href='/waivers/{id}']")).Not.ToHaveCountAsync(0);

            await director.GoToAsync($"/contracts?search={Uri.EscapeDataString(reference)}", "contracts-search");
            await Expect(page.Locator("main table")).ToContainTextAsync(reference);
        }
    }

    /// <summary>The sections the officer left for later, in realistic words.</summary>
    private static async Task CompleteTheRestAsync(IPage page)
    {
        await page.Locator("[name=BudgetSource]").FillAsync("Adults and Health, carers' support budget (Better Care Fund)");
        await page.Locator("[name=ImplementingOfficer]").FillAsync("Commissioning Programme Manager, Carers and Dementia");
        // Nothing is chosen for the author, and a waiver is never an administrative decision (Waiver report 4.5.2).
        await Expect(page.Locator("[name=Route]:checked")).ToHaveCountAsync(0);
        await Expect(page.Locator("[name=Kind]:checked")).ToHaveCountAsync(0);
        await Expect(page.Locator("[name=Route][value=AdministrativeDecision]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[name=Kind][value=Administrative]")).ToHaveCountAsync(0);
        await page.Locator("[name=Route][value=DelegatedDecision]").CheckAsync();
        await page.Locator("[name=Kind][value=SignificantOperationalDecision]").CheckAsync();
        await page.Locator("[name=EiaScreeningDone][value=true]").CheckAsync();
        await page.Locator("[name=ExecutiveMemberBriefed][value=true]").CheckAsync();

        // The wards appear only once "Yes" is chosen (GOV.UK conditional reveal).
        await Expect(page.GetByLabel("Gipton & Harehills")).ToBeHiddenAsync();
        await page.Locator("[name=SpecificWardsAffected][value=true]").CheckAsync();
        await Expect(page.GetByLabel("Gipton & Harehills")).ToBeVisibleAsync();
        await page.GetByLabel("Gipton & Harehills").CheckAsync();
        await page.Locator("[name=ConsultationCarriedOut][value=true]").CheckAsync();
        await page.Locator("[name=HasEqualityImplications][value=true]").CheckAsync();
        await page.Locator("[name=IsConfidentialOrExempt][value=false]").CheckAsync();

        var text = new Dictionary<string, string>
        {
            ["Summary"] = "Carers of people living with dementia in Gipton and Harehills are under-represented in carers' services. " +
                "This report asks for CPR 8.1 and 8.2 to be waived under CPR 1.3 so that a contract of £38,400 over 18 months can be awarded to Harehills Carers Together CIC.",
            ["ResourceImplications"] = "The total cost is £38,400, met from the carers' support budget.",
            ["Recommendations"] = "The Director of Adults and Health is recommended to approve the waiver of CPR 8.1 and 8.2 and the direct award of a contract to Harehills Carers Together CIC from 1 January 2027 for 18 months at a total cost of £38,400.",
            ["Purpose"] = "To seek approval to waive CPR 8.1 and 8.2 and award the contract directly.",
            ["Background"] = "Since 2024 the Carers Leeds contract has reached few carers from Roma and South Asian communities in Gipton and Harehills. Harehills Carers Together has run a volunteer-led dementia carers' group at the Compton Centre since 2022.",
            ["MainIssues"] = "No other provider has dementia carer support workers who speak Romanes, Slovak and Urdu and are known to these communities. A competition would delay the service beyond the end of the Carers Leeds contract.",
            ["ConsultationAndEngagement"] = "Carers at the Compton Centre group, the Gipton and Harehills ward members and Carers Leeds were consulted in October 2026.",
            ["EqualityAndDiversity"] = "An equality impact assessment screening was completed: the service improves access for carers from Roma and South Asian communities.",
            ["CouncilPolicies"] = "The service supports the Best Council Plan's ambition for Leeds to be the best city to grow old in, and the Leeds Carers Strategy. It is delivered locally on foot and by bus, supporting the climate emergency commitment.",
            ["ClimateEmergency"] = "The service is delivered locally on foot and by bus; there are no other climate emergency issues.",
            ["TransparencyAndAdvertising"] = "The value is far below the public procurement threshold and the service is of purely local interest, so it has not been advertised.",
            ["ResourcesAndValueForMoney"] = "£38,400 over 18 months from the carers' support budget. The hourly cost was benchmarked against the Dementia Peer Support pilot and is lower.",
            ["LegalImplications"] = "The decision is taken by the Director of Adults and Health under the officer delegation scheme. This is a significant operational decision and is not subject to call-in.",
            ["RiskManagement"] = "The contract has quarterly monitoring; the provider's small size is mitigated by payment quarterly in arrears and a named Carers Leeds mentor.",
            ["Conclusions"] = "A direct award is the only practicable way to reach these carers before the current contract ends.",
            ["BackgroundDocuments"] = "None",
            ["CrossBorderSubjectMatter"] = "A small, community-based carers' service of no interest to suppliers from other countries.",
            ["CrossBorderValue"] = "£38,400, far below the public procurement threshold.",
            ["CrossBorderSector"] = "Local voluntary and community sector carers' support.",
            ["CrossBorderLocation"] = "Delivered in Gipton and Harehills, Leeds.",
        };
        foreach (var (name, value) in text)
        {
            await page.Locator($"[name={name}]").FillAsync(value);
        }

        await page.Locator("[name=HasCrossBorderInterest][value=false]").CheckAsync();
    }

    private static ILocator Navigation(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
}
