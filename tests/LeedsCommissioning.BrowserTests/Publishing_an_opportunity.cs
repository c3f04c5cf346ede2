using System.Globalization;
using System.Text.RegularExpressions;
using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// Issue 6's journey: the procurement officer drafts a two-lot opportunity; the Keep it Local panel warns that
/// no local provider could bid for one lot at its size; the officer splits it and completes the evaluation
/// model; a commissioner approves it (never the author) and the officer publishes it. A small local charity
/// finds it, asks a question, reads the officer's answer (published without its name) and bids on one lot.
/// axe checks every page on the way. The portal's clock stands at 26 November 2026, 10:00 (PortalFactory.Now).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Publishing_an_opportunity(BrowserPortal portal)
{
    private const string Provider = "Chapeltown Wellbeing Collective";
    private const string Question = "Can hours given by volunteer carers count towards the volunteering hours commitment?";
    private const string Answer = "Yes. Count the hours volunteers give to the service that your organisation recruits, trains and supports.";

    /// <summary>A title of its own, so a rerun against a kept database never finds another run's opportunity.</summary>
    private static readonly string Title = $"Carers' wellbeing and peer support {Guid.NewGuid().ToString("N")[..6]}";

    [SkippableFact]
    public async Task the_officer_splits_a_lot_too_big_for_local_providers_another_approves_and_a_small_charity_asks_and_bids()
    {
        await using var officer = await portal.StartJourneyAsync("opportunity-officer");
        var staff = officer.Page;
        await officer.GoToAsync("/account/sign-in", "sign-in");
        await officer.SignInAsync("procurement@example.org");
        await officer.FollowAsync(Navigation(staff).GetByRole(AriaRole.Link, new() { Name = "Procurement" }), "procurement");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Draft an opportunity" }), "opportunity-new");
        await Expect(staff.Locator("h1")).ToHaveTextAsync("Draft an opportunity");

        await DescribeAsync(staff);
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Create draft" }), "opportunity-draft");
        await Expect(staff.Locator(".govuk-notification-banner")).ToContainTextAsync("Draft opportunity created");
        await Expect(staff.Locator("h1")).ToHaveTextAsync(Title);
        await Expect(Problems(staff)).ToContainTextAsync("Add at least one lot");
        var id = int.Parse(Regex.Match(staff.Url, @"/procurement/opportunities/(\d+)$").Groups[1].Value, CultureInfo.InvariantCulture);
        var overview = $"/procurement/opportunities/{id}";

        // Two lots. The first is bigger than the income of every registered Leeds-based provider (the largest,
        // an NHS foundation trust, reports £250m a year), so none of them could bid for it.
        await officer.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = "Lots and Keep it Local reasons" }), "lots-none");
        await AddLotAsync(officer, "Carers' support across Leeds", "12,000,000", [], "lots-one");
        await AddLotAsync(officer, "Young carers' wellbeing groups, north and east", "60,000", ["North East"], "lots-two");
        await Expect(staff.Locator("main table tbody tr")).ToHaveCountAsync(2);
        await Expect(staff.Locator("main table tbody tr").First.Locator(".govuk-tag")).ToContainTextAsync(["Over the maximum", "None"]);
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Reasons" })).ToBeVisibleAsync();

        await officer.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = "Back to the opportunity" }), "opportunity-kil-warning");
        var bigLotWarning = "No registered local provider could bid for lot 1 (Carers' support across Leeds) at this size. Record why before approval, or split the lot.";
        await Expect(KeepItLocalWarnings(staff)).ToContainTextAsync([
            "The largest lot is £12,000,000 a year, over the Keep it Local maximum of £500,000 a year. Consider dividing it into smaller lots.",
            bigLotWarning,
        ]);
        await Expect(KeepItLocalRow(staff, 1).Locator("td").Last).ToHaveTextAsync("0");
        await Expect(KeepItLocalRow(staff, 2).Locator("td").Last).Not.ToHaveTextAsync("0");
        await Expect(Problems(staff)).ToContainTextAsync("Lot 1: no registered local provider could bid at this size");

        // The officer splits the big lot into two that local organisations could run, one for each half of the city.
        await officer.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = "Lots and Keep it Local reasons" }), "lots-to-split");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = "Change lot 1" }), "lot-edit");
        await Expect(staff.Locator("h1")).ToHaveTextAsync("Change the lot");
        await Expect(staff.Locator("[name=AnnualValue]")).ToHaveValueAsync("12000000");
        await staff.Locator("[name=Title]").FillAsync("Adult carers' support, north and east");
        await staff.Locator("[name=AnnualValue]").FillAsync("375,000");
        await staff.GetByLabel("North East").CheckAsync();
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Save lot" }), "lots-split");
        await Expect(staff.Locator(".govuk-notification-banner")).ToContainTextAsync("Lot updated");
        await AddLotAsync(officer, "Adult carers' support, south and west", "375,000", ["South East", "West North West"], "lots-three");
        await Expect(staff.Locator("main table tbody tr")).ToHaveCountAsync(3);
        await Expect(staff.Locator("main table .govuk-tag")).ToHaveCountAsync(0);
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Reasons" })).ToHaveCountAsync(0);

        await officer.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = "Back to the opportunity" }), "opportunity-split");
        await Expect(KeepItLocalWarnings(staff)).ToHaveCountAsync(0);
        await Expect(staff.Locator("main")).Not.ToContainTextAsync("No registered local provider could bid");
        await Expect(staff.Locator("main")).Not.ToContainTextAsync("Over the maximum");
        foreach (var lot in new[] { 1, 2, 3 })
        {
            await Expect(KeepItLocalRow(staff, lot).Locator("td").Last).Not.ToHaveTextAsync("0");
        }

        await Expect(Problems(staff)).Not.ToContainTextAsync("no registered local provider");
        await Expect(Problems(staff)).ToContainTextAsync("Add the quality questions");

        // The evaluation model: weights, two social value criteria from the library, two quality questions.
        await officer.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = "Evaluation model: weights, quality questions and social value" }), "evaluation");
        await staff.Locator("[name=PriceWeight]").FillAsync("40");
        await staff.Locator("[name=QualityWeight]").FillAsync("50");
        await staff.Locator("[name=SocialValueWeight]").FillAsync("10");
        await staff.GetByLabel("Volunteering hours supported", new() { Exact = false }).CheckAsync();
        await staff.GetByLabel("Money passed to small Leeds community organisations", new() { Exact = false }).CheckAsync();
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Save weights and criteria" }), "evaluation-saved");
        await Expect(staff.Locator(".govuk-notification-banner")).ToContainTextAsync("Evaluation model saved");
        await AddQualityQuestionAsync(officer, "How will carers shape the service, and how will you reach carers who do not ask for help?", "30", "750", "The evaluation panel with the carers' panel", "evaluation-question-1");
        await AddQualityQuestionAsync(officer, "How will you work with GP practices, schools and community groups in your localities?", "20", "500", null, "evaluation-question-2");
        await Expect(staff.Locator("main")).ToContainTextAsync("Their weights add up to 50%, against a quality weight of 50%.");

        await officer.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = "Back to the opportunity" }), "opportunity-ready");
        await Expect(staff.Locator("main .govuk-tag--green", new() { HasText = "Ready" })).ToBeVisibleAsync();
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Approve to publish" })).ToHaveCountAsync(0);

        // The author checks what will be sent, then submits it for approval (issue 11): one click does not send it.
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Check and submit for approval" }), "opportunity-submit");
        await officer.AtPhoneWidthAsync("opportunity-submit");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Check the opportunity before you submit it for approval" })).ToBeVisibleAsync();
        await Expect(staff.Locator("main")).ToContainTextAsync("We will e-mail the 3 people who can approve it: Helen Carter, Priya Shah, Tom Bennett.");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }), "opportunity-submitted");
        await officer.AtPhoneWidthAsync("opportunity-submitted");
        await Expect(staff.Locator(".govuk-panel__title")).ToHaveTextAsync("Submitted for approval");
        await Expect(staff.Locator("main")).ToContainTextAsync("We have e-mailed Helen Carter, Priya Shah and Tom Bennett.");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = "Back to the opportunity" }), "opportunity-awaiting");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Awaiting approval" })).ToBeVisibleAsync();
        await Expect(staff.Locator("main")).ToContainTextAsync("You drafted this opportunity, so another commissioner, procurement officer or a decision maker must approve it.");
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Approve to publish" })).ToHaveCountAsync(0);

        // Four eyes: a commissioner finds it awaiting them, returns it once with a reason, and approves it when it comes back.
        const string Reason = "Say in the description that carers can ask for breaks at weekends.";
        await using (var approver = await portal.StartJourneyAsync("opportunity-approver"))
        {
            var page = approver.Page;
            await approver.GoToAsync("/account/sign-in", "sign-in");
            await approver.SignInAsync("commissioner@example.org");
            await approver.AtPhoneWidthAsync("home");
            await Expect(page.Locator(".app-awaiting-approval")).ToContainTextAsync(Title);
            await approver.FollowAsync(Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Procurement" }), "procurement");
            await approver.AtPhoneWidthAsync("procurement");
            await approver.FollowAsync(page.Locator(".app-awaiting-approval").GetByRole(AriaRole.Link, new() { Name = Title }), "opportunity-to-approve");
            await approver.AtPhoneWidthAsync("opportunity-to-approve");
            await Expect(page.Locator("main")).ToContainTextAsync("Submitted by Grace Okafor on 26 November 2026 at 10:00am");
            await approver.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Return it to Grace Okafor" }), "opportunity-return");
            await approver.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Return it" }), "opportunity-return-errors");
            await approver.AtPhoneWidthAsync("opportunity-return-errors");
            await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why you are returning the opportunity");
            await page.GetByLabel("What needs to change before it can be approved?").FillAsync(Reason);
            await approver.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Return it" }), "opportunity-returned");
            await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Returned to Grace Okafor");
        }

        await officer.GoToAsync(overview, "opportunity-returned");
        await officer.AtPhoneWidthAsync("opportunity-returned");
        await Expect(staff.Locator(".app-returned")).ToHaveTextAsync($"Returned by Priya Shah on 26 November 2026 at 10:00am: {Reason}");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = "Details, value, route and timetable" }), "opportunity-edit");
        await staff.GetByLabel("Description", new() { Exact = true }).FillAsync("Short breaks for unpaid carers across Leeds, including at weekends, led by small local organisations.");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Save changes" }), "opportunity-changed");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Check and submit for approval" }), "opportunity-resubmit");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }), "opportunity-resubmitted");
        await Expect(staff.Locator(".app-returned")).ToHaveCountAsync(0);

        await using (var approver = await portal.StartJourneyAsync("opportunity-approver"))
        {
            var page = approver.Page;
            await approver.GoToAsync("/account/sign-in", "sign-in");
            await approver.SignInAsync("commissioner@example.org");
            await approver.FollowAsync(page.Locator(".app-awaiting-approval").GetByRole(AriaRole.Link, new() { Name = Title }), "opportunity-to-approve-again");
            // "Approve to publish" opens a confirmation page; only its own button approves.
            await approver.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Approve to publish" }), "opportunity-approve-confirm");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Are you sure you want to approve this opportunity to publish?");
            await Expect(page.Locator(".app-what-happens")).ToContainTextAsync("we e-mail Grace Okafor, who drafted it, that you approved it");
            await approver.AtPhoneWidthAsync("opportunity-approve-confirm");
            await approver.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Approve to publish" }), "opportunity-approved");
            await approver.AtPhoneWidthAsync("opportunity-approved");
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Opportunity approved to publish");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Approved to publish" })).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Approved by Priya Shah on 26 November 2026 at 10:00am");
            await Expect(page.Locator(".app-approval-history li")).ToHaveCountAsync(4);
        }

        await officer.GoToAsync(overview, "opportunity-approved");
        // "Publish now" opens a confirmation page. The planned date is 30 November, so publishing today overrides
        // it: the page says so, and its button refuses to publish until the officer says why.
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Publish now" }), "opportunity-publish-confirm");
        await Expect(staff.Locator("h1")).ToHaveTextAsync("Are you sure you want to publish this opportunity now, before its planned date of 30 November 2026?");
        await Expect(staff.Locator(".govuk-warning-text")).ToContainTextAsync("This cannot be undone.");
        await officer.AtPhoneWidthAsync("opportunity-publish-confirm");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Publish now" }), "opportunity-publish-errors");
        await Expect(staff.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why you are publishing it before its planned date of 30 November 2026");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Open for bids" })).ToHaveCountAsync(0);
        await officer.AtPhoneWidthAsync("opportunity-publish-errors");
        await staff.GetByLabel("Why are you publishing it before its planned date?").FillAsync("The carers' forum meets on 27 November and wants to share it there.");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Publish now" }), "opportunity-published");
        await Expect(staff.Locator(".govuk-notification-banner")).ToContainTextAsync("Opportunity published");
        await Expect(staff.Locator(".app-approval-history li").First).ToContainTextAsync("Reason: The carers' forum meets on 27 November and wants to share it there.");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Open for bids" })).ToBeVisibleAsync();

        // A small local charity finds it among the opportunities suitable for small organisations.
        await using var provider = await portal.StartJourneyAsync("opportunity-provider");
        var bidder = provider.Page;
        await provider.GoToAsync("/account/sign-in", "sign-in");
        await provider.SignInAsync("small.provider@example.org");
        await provider.FollowAsync(Navigation(bidder).GetByRole(AriaRole.Link, new() { Name = "Opportunities" }), "opportunities");
        await Expect(bidder.Locator("h1")).ToHaveTextAsync("Find an opportunity");
        await bidder.Locator("#search").FillAsync(Title);
        await bidder.GetByLabel("Suitable for small organisations").CheckAsync();
        await provider.FollowAsync(bidder.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }), "opportunities-search");
        await Expect(bidder.Locator("main [role=status]")).ToHaveTextAsync("1 open opportunity");
        var result = bidder.Locator("main .govuk-list > li");
        await Expect(result).ToContainTextAsync("£3,240,000 in total, 3 lots");
        await Expect(result.Locator(".govuk-tag")).ToHaveTextAsync("Suitable for small organisations");

        await provider.FollowAsync(bidder.GetByRole(AriaRole.Link, new() { Name = Title }), "opportunity");
        Assert.Equal(provider.Url($"/opportunities/{id}"), bidder.Url);
        await Expect(bidder.Locator("h1")).ToHaveTextAsync(Title);
        await Expect(bidder.Locator("main .govuk-tag--green").First).ToHaveTextAsync("Open");
        await Expect(bidder.Locator("main")).ToContainTextAsync("Closes 8 January 2027 at 2:00pm (UK time)");

        await provider.FollowAsync(bidder.GetByRole(AriaRole.Button, new() { Name = "Register interest" }), "opportunity-interest");
        await Expect(bidder.Locator(".govuk-notification-banner")).ToContainTextAsync("Your organisation's interest is registered");

        await provider.FollowAsync(bidder.GetByRole(AriaRole.Link, new() { Name = "Ask a question" }), "ask");
        await Expect(bidder.Locator("h1")).ToHaveTextAsync("Ask a question");
        await bidder.Locator("[name=Text]").FillAsync(Question);
        await provider.FollowAsync(bidder.GetByRole(AriaRole.Button, new() { Name = "Send question" }), "opportunity-asked");
        await Expect(bidder.Locator(".govuk-notification-banner")).ToContainTextAsync("Your question has been sent");
        await Expect(bidder.Locator("aside")).ToContainTextAsync(Question);
        await Expect(bidder.Locator(".app-answers")).ToHaveCountAsync(0);

        // The officer answers it: published to everyone, with who asked kept back.
        await officer.GoToAsync(overview, "opportunity-question-waiting");
        await Expect(staff.Locator("main")).ToContainTextAsync("1 organisation has registered interest");
        await officer.FollowAsync(staff.GetByRole(AriaRole.Link, new() { Name = "Questions and clarifications" }), "clarifications");
        var waiting = staff.Locator("main table tbody tr");
        await Expect(waiting).ToHaveCountAsync(1);
        await Expect(waiting).ToContainTextAsync(Question);
        await Expect(waiting).ToContainTextAsync(Provider);
        await officer.FollowAsync(waiting.GetByRole(AriaRole.Link, new() { Name = "Answer this question" }), "answer");
        await Expect(staff.Locator("h1")).ToHaveTextAsync("Answer a question");
        await Expect(staff.Locator("[name=Question]")).ToHaveValueAsync(Question);
        await staff.Locator("[name=Answer]").FillAsync(Answer);
        await officer.FollowAsync(staff.GetByRole(AriaRole.Button, new() { Name = "Publish answer to all providers" }), "clarifications-answered");
        await Expect(staff.Locator(".govuk-notification-banner")).ToContainTextAsync("Answer published");
        await Expect(staff.GetByRole(AriaRole.Table, new() { Name = "Questions waiting for an answer" })).ToHaveCountAsync(0);
        await Expect(staff.Locator("main .govuk-summary-list")).ToContainTextAsync(Answer);

        // The provider reads the answer on the public page; nothing on it says who asked.
        await provider.GoToAsync($"/opportunities/{id}", "opportunity-answered");
        var answers = bidder.Locator(".app-answers");
        await Expect(answers.Locator("dt")).ToHaveTextAsync(Question);
        await Expect(answers.Locator("dd")).ToContainTextAsync(Answer);
        await Expect(answers.Locator("dd")).ToContainTextAsync("Answered 26 November 2026 at 10:00am");
        await Expect(bidder.Locator("main")).Not.ToContainTextAsync(Provider);
        await Expect(bidder.Locator("aside")).Not.ToContainTextAsync(Question);

        // It bids on one lot: a price for each of the four possible years, both answers, both commitments.
        var lot2 = bidder.GetByRole(AriaRole.Link, new() { Name = "Start a bid for lot 2" });
        await provider.FollowAsync(lot2, "bid");
        await Expect(bidder.Locator("h1")).ToHaveTextAsync("Your bid for Lot 2: Young carers' wellbeing groups, north and east");
        await Expect(bidder.Locator("[name^='Prices[']")).ToHaveCountAsync(4);
        string[] prices = ["58,000", "58,000", "59,500", "61,000"];
        for (var year = 0; year < prices.Length; year++)
        {
            await bidder.GetByLabel($"Year {year + 1}", new() { Exact = true }).FillAsync(prices[year]);
        }

        await bidder.Locator("[name='Answers[0]']").FillAsync(
            "Carers run our steering group and co-produce every group we open. We meet carers where they already are: " +
            "mosques, churches, school gates and the Chapeltown and Harehills community centres, with Urdu, Punjabi and Romanes speakers.");
        await provider.FollowAsync(bidder.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }), "bid-draft");
        await Expect(bidder.Locator(".govuk-notification-banner")).ToContainTextAsync("Your draft bid has been saved");
        await Expect(bidder.Locator("main .govuk-tag--yellow")).ToHaveTextAsync("Draft, not submitted");
        await Expect(bidder.Locator("[name='Prices[3]']")).ToHaveValueAsync("61000");

        await bidder.Locator("[name='Answers[1]']").FillAsync(
            "We already take referrals from the Chapeltown and Harehills GP practices and run sessions with the Gipton and Harehills cluster of schools.");
        await bidder.GetByLabel("Volunteering hours supported").FillAsync("1200");
        await bidder.GetByLabel("Money passed to small Leeds community organisations").FillAsync("6,000");

        // An upload keeps what was typed since the last save: the file button belongs to the bid form, so the typing is saved as the draft.
        await bidder.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "Method statement.pdf",
            MimeType = "application/pdf",
            Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        });
        await provider.FollowAsync(bidder.GetByRole(AriaRole.Button, new() { Name = "Upload file" }), "bid-uploaded");
        await Expect(bidder.Locator(".govuk-notification-banner")).ToContainTextAsync("Method statement.pdf has been added to your bid");
        await Expect(bidder.Locator("[name='Answers[1]']")).ToHaveValueAsync(
            "We already take referrals from the Chapeltown and Harehills GP practices and run sessions with the Gipton and Harehills cluster of schools.");
        await Expect(bidder.GetByLabel("Volunteering hours supported")).ToHaveValueAsync("1200");

        // "Check and send your bid" does not send it: the check answers page shows everything with a Change link, then the declaration.
        await provider.FollowAsync(bidder.GetByRole(AriaRole.Button, new() { Name = "Check and send your bid" }), "bid-check-answers");
        await provider.AtPhoneWidthAsync("bid-check-answers");
        await Expect(bidder).ToHaveURLAsync(new Regex($@"/opportunities/{id}/lots/\d+/bid/check-answers$"));
        await Expect(bidder.Locator("h1")).ToHaveTextAsync("Check your bid before you send it");
        await Expect(SummaryValue(bidder, "Year 4")).ToHaveTextAsync("£61,000");
        await Expect(SummaryValue(bidder, "Files")).ToHaveTextAsync("Method statement.pdf");
        await Expect(bidder.GetByRole(AriaRole.Heading, new() { Name = "Now send your bid" })).ToBeVisibleAsync();
        await provider.FollowAsync(bidder.GetByRole(AriaRole.Link, new() { Name = "Change your price for year 4" }), "bid-change-price");
        await Expect(bidder).ToHaveURLAsync(new Regex(@"/bid#Prices_3_$"));
        await provider.FollowAsync(bidder.GetByRole(AriaRole.Button, new() { Name = "Check and send your bid" }), "bid-check-answers-again");
        await provider.FollowAsync(bidder.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }), "bid-confirmation");
        await provider.AtPhoneWidthAsync("bid-confirmation");
        await Expect(bidder).ToHaveURLAsync(new Regex($@"/opportunities/{id}/lots/\d+/bid/confirmation$"));
        await Expect(bidder.Locator("h1")).ToHaveTextAsync("Bid submitted");
        await Expect(bidder.GetByRole(AriaRole.Heading, new() { Name = "What happens next" })).ToBeVisibleAsync();
        await Expect(bidder.Locator(".govuk-panel__body strong")).Not.ToBeEmptyAsync();
        await Expect(SummaryValue(bidder, "Opportunity")).ToHaveTextAsync(Title);
        await Expect(SummaryValue(bidder, "Lot")).ToHaveTextAsync("Lot 2: Young carers' wellbeing groups, north and east");
        await Expect(SummaryValue(bidder, "From")).ToHaveTextAsync(Provider);
        await Expect(SummaryValue(bidder, "Received")).ToHaveTextAsync("26 November 2026 at 10:00am (UK time)");
        await Expect(SummaryValue(bidder, "Total price")).ToHaveTextAsync("£236,500");

        await provider.GoToAsync($"/opportunities/{id}", "opportunity-bid");
        var bids = bidder.GetByRole(AriaRole.Table, new() { Name = "Your bids by lot" }).Locator("tbody tr");
        await Expect(bids).ToContainTextAsync(["Not started", "Submitted 26 November 2026 at 10:00am", "Not started"]);

        // Sealed: before the deadline the officer sees only that one bid has arrived.
        await officer.GoToAsync(overview, "opportunity-one-bid");
        await Expect(staff.Locator("main")).ToContainTextAsync("1 bid submitted.");
    }

    /// <summary>What it is, money and term, timetable: the fields of the draft form, in realistic words.</summary>
    private static async Task DescribeAsync(IPage page)
    {
        await page.Locator("[name=Title]").FillAsync(Title);
        await page.Locator("[name=Description]").FillAsync(
            "Wellbeing groups, peer support and short breaks for unpaid carers of all ages across Leeds, run close to where carers live. " +
            "Small and community organisations are encouraged to bid, alone or together.");
        await page.Locator("[name=ServiceArea]").SelectOptionAsync(new SelectOptionValue { Label = "Support to live independently" });
        await page.Locator("[name=CommissioningOrganisationId]").SelectOptionAsync(new SelectOptionValue { Label = "Leeds City Council: Adults and Health" });
        await page.Locator("[name=EstimatedValue]").FillAsync("3,240,000");
        await Expect(page.Locator("[name=InitialTermMonths]")).ToHaveValueAsync("36");
        await page.Locator("[name=ExtensionMonths]").FillAsync("12");
        await Expect(page.Locator("[name=Route][value=LightTouch]")).ToBeCheckedAsync();
        await Expect(page.Locator("[name=PaymentByResults][value=false]")).ToBeCheckedAsync();
        await Expect(page.Locator("[name=ConsortiaAllowed][value=true]")).ToBeCheckedAsync();
        await DateAsync(page, "PublishOn", new DateOnly(2026, 11, 30));
        await DateAsync(page, "ClarificationDeadline", new DateOnly(2026, 12, 14));
        await page.Locator("[name=ClarificationDeadlineTime]").FillAsync("12:00");
        await DateAsync(page, "BidDeadline", new DateOnly(2027, 1, 8));
        await page.Locator("[name=BidDeadlineTime]").FillAsync("2pm");
        await DateAsync(page, "EvaluationBy", new DateOnly(2027, 2, 5));
        await DateAsync(page, "AwardBy", new DateOnly(2027, 3, 1));
        await DateAsync(page, "ContractStart", new DateOnly(2027, 4, 1));
    }

    private static async Task DateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"[name='{field}.Day']").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"[name='{field}.Month']").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"[name='{field}.Year']").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>From the lots page: "Add a lot", the form, back on the lots page with the banner.</summary>
    private static async Task AddLotAsync(Journey officer, string title, string annualValue, string[] localities, string pageName)
    {
        var page = officer.Page;
        await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add a lot" }), pageName + "-form");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Add a lot");
        await page.Locator("[name=Title]").FillAsync(title);
        await page.Locator("[name=AnnualValue]").FillAsync(annualValue);
        foreach (var locality in localities)
        {
            await page.GetByLabel(locality, new() { Exact = true }).CheckAsync();
        }

        await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add lot" }), pageName);
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Lot added");
        await Expect(page.Locator("main table")).ToContainTextAsync(title);
    }

    /// <summary>From the evaluation page: "Add a quality question", the form, back with the banner.</summary>
    private static async Task AddQualityQuestionAsync(Journey officer, string text, string weight, string wordLimit, string? scorers, string pageName)
    {
        var page = officer.Page;
        await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add a quality question" }), pageName + "-form");
        await page.Locator("[name=Text]").FillAsync(text);
        await page.Locator("[name=Weight]").FillAsync(weight);
        await page.Locator("[name=WordLimit]").FillAsync(wordLimit);
        if (scorers is not null)
        {
            await page.Locator("[name=Scorers]").FillAsync(scorers);
        }

        await officer.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save question" }), pageName);
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Quality question saved");
        await Expect(page.Locator("main table")).ToContainTextAsync(text);
    }

    /// <summary>The value beside <paramref name="key"/> in the page's summary list.</summary>
    private static ILocator SummaryValue(IPage page, string key) =>
        page.Locator("main .govuk-summary-list__row").Filter(new() { Has = page.Locator("dt", new() { HasTextRegex = new Regex($"^{Regex.Escape(key)}$") }) }).Locator("dd.govuk-summary-list__value");

    private static ILocator Navigation(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

    /// <summary>The "Before approval" list on the staff overview.</summary>
    private static ILocator Problems(IPage page) => page.Locator("main .app-problems");

    private static ILocator KeepItLocalWarnings(IPage page) => page.Locator("main .govuk-warning-text");

    /// <summary>Lot <paramref name="number"/>'s row in the Keep it Local panel's table of local providers.</summary>
    private static ILocator KeepItLocalRow(IPage page, int number) =>
        page.GetByRole(AriaRole.Table, new() { Name = "How many registered local providers could bid for each lot" })
            .Locator("tbody tr").Filter(new() { HasText = $"Lot {number}:" });

    /// <summary>
    /// The page as a 320 px wide screen shows it (WCAG 1.4.10 reflow), saved beside the 1280 px screenshot as
    /// "[page]-320": nothing on it may make the page scroll sideways.
    /// </summary>
}
