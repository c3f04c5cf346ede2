using LeedsCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeedsCommissioning.BrowserTests;

/// <summary>
/// Issue 13, individual scoring: the evaluator demo account scores the one bid it still has to score on the demo
/// opportunity in evaluation (a mistake first), submits through the confirmation page, and then sees the chair's score
/// with the spread; the chair of the young people's panel moderates it (a missing rationale first) and confirms; the
/// officer's opening register, the ranking, the evaluation report and the panels pages. Every page is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Scoring_a_bid(BrowserPortal portal)
{
    [SkippableFact]
    public async Task an_evaluator_scores_their_bid_and_then_sees_the_panels_scores_and_the_officer_sees_the_opening_and_the_panels()
    {
        await using var journey = await portal.StartJourneyAsync("evaluator-scoring");
        var page = journey.Page;
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await journey.SignInAsync("evaluator@example.org");

        await journey.GoToAsync("/scoring", "scoring");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your scoring");
        await journey.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Community Links (Northern) Ltd" }), "scoring-sheet");
        await Expect(page.Locator("h1")).ToContainTextAsync("Score the bid from Community Links (Northern) Ltd");

        await page.GetByLabel("4: Very good").CheckAsync();
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit your scores" }), "scoring-sheet-errors");
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("Enter a comment explaining the score");
        await Expect(page.GetByLabel("4: Very good")).ToBeCheckedAsync();

        await page.GetByLabel("Why this score?").FillAsync("The picture card and the acted-out first meeting were clear to the young people.");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit your scores" }), "scoring-submit-confirm");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Are you sure you want to submit your scores for this bid?");
        await journey.FollowAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit scores" }), "scoring-submitted");
        await Expect(page.Locator("h1")).ToContainTextAsync("Your scores for Community Links (Northern) Ltd");
        await Expect(page.Locator("table caption")).ToContainTextAsync("lowest 3, highest 4, a spread of 1");
        await Expect(page.Locator("table")).ToContainTextAsync("Priya Shah");

        // The chair of the young people's panel moderates the presentation now that every member has submitted.
        await using var chair = await portal.StartJourneyAsync("chair-moderation");
        await chair.GoToAsync("/account/sign-in", "sign-in");
        await chair.SignInAsync("commissioner@example.org");
        await chair.GoToAsync("/scoring", "scoring-chair");
        await chair.FollowAsync(chair.Page.GetByRole(AriaRole.Link, new() { Name = "Moderate Community Links (Northern) Ltd" }).First, "moderate");
        await Expect(chair.Page.Locator("table caption").First).ToContainTextAsync("lowest 3, highest 4, a spread of 1");
        await chair.Page.GetByLabel("3: Good").CheckAsync();
        await chair.FollowAsync(chair.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm the moderated scores" }), "moderate-errors");
        await Expect(chair.Page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the rationale for the agreed score");
        await chair.Page.GetByLabel("Rationale for the agreed score").FillAsync("Agreed at 3: clear for the young people, but little on a child's rights.");
        await chair.FollowAsync(chair.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm the moderated scores" }), "moderate-confirm");
        await Expect(chair.Page.Locator("h1")).ToHaveTextAsync("Are you sure you want to confirm the moderated scores for this bid?");
        await chair.FollowAsync(chair.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm the moderated scores" }), "moderated");
        await Expect(chair.Page.Locator("h1")).ToContainTextAsync("Moderated scores for Community Links (Northern) Ltd");

        await using var officer = await portal.StartJourneyAsync("officer-evaluation");
        await officer.GoToAsync("/account/sign-in", "sign-in");
        await officer.SignInAsync("procurement@example.org");
        await officer.GoToAsync("/procurement", "procurement");
        await officer.FollowAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "West Yorkshire Appropriate Adult Service" }).First, "opportunity");
        await officer.FollowAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "Opening of the bids" }), "opening-register");
        await Expect(officer.Page.Locator("dl")).ToContainTextAsync("Helen Carter");
        await officer.GoToAsync("/procurement", "procurement");
        await officer.FollowAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "West Yorkshire Appropriate Adult Service" }).First, "opportunity");
        await officer.FollowAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "Ranking", Exact = true }), "ranking");
        await Expect(officer.Page.Locator("tbody tr").First).ToContainTextAsync("Chapeltown Wellbeing Collective");
        await Expect(officer.Page.Locator(".govuk-inset-text")).ToContainTextAsync("The ranking is not final");
        await officer.FollowAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "Read the evaluation report" }), "evaluation-report");
        await Expect(officer.Page.Locator("h1")).ToContainTextAsync("Evaluation report: West Yorkshire Appropriate Adult Service");
        await Expect(officer.Page.Locator("article")).ToContainTextAsync("20 x 3 / 5 = 12.00");
        await officer.GoToAsync("/procurement", "procurement");
        await officer.FollowAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "West Yorkshire Appropriate Adult Service" }).First, "opportunity");
        await officer.FollowAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "Evaluation panels" }), "panels");
        await Expect(officer.Page.Locator(".govuk-summary-card")).ToHaveCountAsync(2);
        await officer.FollowAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Form a panel" }), "panel-new");
        await officer.FollowAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Form the panel" }), "panel-new-errors");
        await Expect(officer.Page.Locator(".govuk-error-summary")).ToContainTextAsync("Select at least 2 panel members");
    }
}
