using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Providers;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>
/// Quarterly monitoring (issue 15; domain.md section 7): the list of live contracts with their latest return, the provider's
/// return (draft, check answers, submit) and the commissioner's review. A provider's users reach only the returns of the
/// contracts their organisation leads (<see cref="MonitoringQueries.ReturnsVisibleTo"/>); anything else is 404.
/// </summary>
[Route("monitoring")]
[Authorize(Policies.ViewMonitoring)]
public sealed class MonitoringController(
    CommissioningDbContext db, TimeProvider clock, MonitoringOptions options, IAuthorizationService authorization, MonitoringListRows rows) : Controller
{
    private DateOnly Today => clock.UkToday();

    [HttpGet("")]
    public async Task<IActionResult> Index(int? organisation, string? status, int page = 1)
    {
        var set = await rows.ForAsync(User, HttpContext.RequestAborted);
        // Counted when the rows were kept, and paged by walking them: a region monitors tens of thousands of live
        // contracts, and a page shows 50 of them as the register does (docs/benchmarks.md).
        var matching = set.Count(organisation, status);
        var pageCount = Math.Max(1, (int)Math.Ceiling(matching / (double)MonitoringListViewModel.PageSize));
        page = Math.Clamp(page, 1, pageCount);
        var organisations = MonitoringQueries.IsProvider(User)
            ? []
            : set.Organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Id == organisation)).ToList();
        var canReview = await Can(Policies.ReviewMonitoring);
        return View(new MonitoringListViewModel(
            set.Matching(organisation, status).Skip((page - 1) * MonitoringListViewModel.PageSize).Take(MonitoringListViewModel.PageSize).ToList(),
            matching, set.Count(organisation, null), page, pageCount, organisation, status, organisations, MonitoringQueries.IsProvider(User),
            canReview)
        {
            RenderedKey = set.RenderedKey is { } kept
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kept}|{organisation}|{status}|{page}|{canReview}")
                : null,
        });
    }

    /// <summary>The list as a CSV file or an Excel workbook, with the same filters and the same rows as the page (a provider's own only).</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv(int? organisation, string? status) =>
        MonitoringRow.Export.Csv((await rows.ForAsync(User, HttpContext.RequestAborted)).Matching(organisation, status), Today);

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx(int? organisation, string? status) =>
        MonitoringRow.Export.Xlsx((await rows.ForAsync(User, HttpContext.RequestAborted)).Matching(organisation, status), Today);

    [HttpGet("returns/{id:int}")]
    public async Task<IActionResult> Return(int id)
    {
        var r = await LoadAsync(id, tracked: false);
        if (r is null)
        {
            return NotFound();
        }

        if (r.IsDraft && await Can(Policies.SubmitReturns))
        {
            return View("ReturnForm", await FormAsync(r, new ReturnFormViewModel
            {
                Version = r.Version,
                Actuals = r.Actuals.Select(a => new ActualInput { OutcomeMeasureId = a.OutcomeMeasureId, Value = a.Value is { } v ? ReturnPageViewModel.Figure(v) : null, Commentary = a.Commentary }).ToList(),
                SocialValue = r.SocialValue.Select(s => new SocialValueInput { ContractCommitmentId = s.ContractCommitmentId, Quantity = s.Quantity is { } q ? ReturnPageViewModel.Figure(q) : null, Note = s.Note }).ToList(),
                ThemeReflection = r.ThemeReflection,
            }));
        }

        return View("Return", await PageAsync(r));
    }

    [HttpPost("returns/{id:int}")]
    [Authorize(Policies.SubmitReturns)]
    public async Task<IActionResult> Return(int id, ReturnFormViewModel model, [FromServices] IValidator<ReturnFormViewModel> validator)
    {
        var r = await LoadAsync(id, tracked: true);
        if (r is null)
        {
            return NotFound();
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("ReturnForm", await FormAsync(r, model));
        }

        var actuals = model.Actuals.Select(a => new ActualLine(a.OutcomeMeasureId, NumberText.Figure(a.Value), a.Commentary));
        var values = model.SocialValue.Select(s => new SocialValueLine(s.ContractCommitmentId, NumberText.Figure(s.Quantity), s.Note));
        if (!await db.TrySaveFormAsync(r, model.Version, ModelState, "return", v => model.Version = v, () => r.SaveDraft(actuals, values, model.ThemeReflection)))
        {
            return View("ReturnForm", await FormAsync(r, model));
        }

        if (model.Next == "continue")
        {
            return Redirect($"/monitoring/returns/{id}/check-answers");
        }

        TempData["Success"] = "Your return has been saved as a draft";
        return Redirect($"/monitoring/returns/{id}");
    }

    [HttpGet("returns/{id:int}/check-answers")]
    [Authorize(Policies.SubmitReturns)]
    public async Task<IActionResult> CheckAnswers(int id)
    {
        var r = await LoadAsync(id, tracked: false);
        return r is null ? NotFound() : !r.IsDraft ? Redirect($"/monitoring/returns/{id}") : View(await PageAsync(r));
    }

    [HttpPost("returns/{id:int}/submit")]
    [Authorize(Policies.SubmitReturns)]
    public async Task<IActionResult> Submit(int id, int version)
    {
        var r = await LoadAsync(id, tracked: true);
        if (r is null)
        {
            return NotFound();
        }

        var saved = await db.SaveVersionedAsync(r, version, () => r.Submit(User.UserId(), User.DisplayName(), clock.GetUtcNow().UtcDateTime));
        if (!saved.Saved)
        {
            if (saved.Refusal is { } refusal)
            {
                ModelState.AddDomainError(refusal);
            }
            else
            {
                ModelState.AddModelError("", saved.Explain("return"));
            }

            var fresh = await LoadAsync(id, tracked: false);
            return View(nameof(CheckAnswers), await PageAsync(fresh!));
        }

        var heading = (await PageAsync(r)).Heading;
        return View("Confirmation", new ConfirmationModel
        {
            Title = "Quarterly return submitted",
            Reference = $"{heading.Reference} {heading.Quarter.Label}",
            Summary =
            [
                new CheckAnswersRow("Contract", heading.Title),
                new CheckAnswersRow("Quarter", $"{heading.Quarter.Label} ({heading.Quarter.Months})"),
                new CheckAnswersRow("Submitted", UkTime.DateAndTime(r.SubmittedAtUtc) + (r.SubmittedLate ? $", after the due date of {UkTime.Date(r.DueOn)}" : "")),
            ],
            WhatHappensNext =
            [
                "The commissioner reviews your return and rates the quarter red, amber or green.",
                "You will see their feedback, any good practice and challenges they note, and any actions with their owners and dates, on the return's page.",
            ],
            Links = [("View your return", $"/monitoring/returns/{id}"), ("Back to monitoring", "/monitoring")],
        });
    }

    [HttpGet("returns/{id:int}/review")]
    [Authorize(Policies.ReviewMonitoring)]
    public async Task<IActionResult> Review(int id)
    {
        var r = await LoadAsync(id, tracked: false);
        if (r is null)
        {
            return NotFound();
        }

        if (r.IsDraft)
        {
            return Redirect($"/monitoring/returns/{id}");
        }

        var review = r.Review;
        var actions = review?.Actions.Select(a => new ActionInput { Description = a.Description, Owner = a.Owner, DueOn = DateInputModel.From(a.DueOn), Done = a.DoneOn is not null }).ToList() ?? [];
        return View(await ReviewFormAsync(r, new ReviewFormViewModel
        {
            Version = r.Version,
            Feedback = review?.Feedback,
            GoodPractice = review?.GoodPractice,
            Challenges = review?.Challenges,
            Rating = review?.Rating,
            RatingReason = review?.RatingReason,
            Actions = actions,
        }));
    }

    [HttpPost("returns/{id:int}/review")]
    [Authorize(Policies.ReviewMonitoring)]
    public async Task<IActionResult> Review(int id, ReviewFormViewModel model, [FromServices] IValidator<ReviewFormViewModel> validator)
    {
        var r = await LoadAsync(id, tracked: true);
        if (r is null)
        {
            return NotFound();
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(await ReviewFormAsync(r, model));
        }

        var actions = model.Actions.Select(a => new ActionLine(a.Description, a.Owner, a.DueOn.ToDateOnly(), a.Done)).ToList();
        if (!await db.TrySaveFormAsync(r, model.Version, ModelState, "return", v => model.Version = v, () =>
                r.RecordReview(model.Feedback, model.GoodPractice, model.Challenges, model.Rating, model.RatingReason, actions,
                    User.UserId(), User.DisplayName(), clock.GetUtcNow().UtcDateTime)))
        {
            return View(await ReviewFormAsync(r, model));
        }

        var quarter = r.Quarter;
        TempData["Success"] = $"{quarter.Label} rated {r.Review!.Rating.ToString().ToLowerInvariant()}; the provider can now see your feedback";
        return Redirect($"/monitoring/returns/{id}");
    }

    private async Task<bool> Can(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    private async Task<QuarterlyReturn?> LoadAsync(int id, bool tracked)
    {
        var query = db.ReturnsVisibleTo(User).Include(r => r.Actuals).Include(r => r.SocialValue).Include(r => r.Review).ThenInclude(v => v!.Actions).AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(r => r.Id == id);
    }

    private async Task<ReturnPageViewModel> PageAsync(QuarterlyReturn r)
    {
        var (heading, measures, commitments) = await PartsAsync(r);
        return new ReturnPageViewModel
        {
            Heading = heading,
            Measures = measures,
            Commitments = commitments,
            Theme = r.Theme,
            ThemeReflection = r.ThemeReflection,
            SubmittedAtUtc = r.SubmittedAtUtc,
            SubmittedByName = r.SubmittedByName,
            Review = r.Review,
            CanReview = !r.IsDraft && await Can(Policies.ReviewMonitoring),
            CanEdit = r.IsDraft && await Can(Policies.SubmitReturns),
            Today = Today,
            Version = r.Version,
            Missing = r.IsDraft ? r.MissingForSubmission() : [],
        };
    }

    private async Task<ReturnFormViewModel> FormAsync(QuarterlyReturn r, ReturnFormViewModel model)
    {
        var (heading, measures, commitments) = await PartsAsync(r);
        model.Heading = heading;
        model.Measures = measures;
        model.Commitments = commitments;
        model.Theme = r.Theme;
        return model;
    }

    private async Task<ReviewFormViewModel> ReviewFormAsync(QuarterlyReturn r, ReviewFormViewModel model)
    {
        model.Return = await PageAsync(r);
        // The actions so far and one blank row, at least three rows, at most the most a review may have.
        var rows = Math.Min(Math.Max(ReviewFormViewModel.ActionRows, model.Actions.Count + 1), MonitoringReview.MaxActions);
        while (model.Actions.Count < rows)
        {
            model.Actions.Add(new ActionInput());
        }

        return model;
    }

    private async Task<(ReturnHeading, IReadOnlyList<ReturnMeasure>, IReadOnlyList<ReturnCommitment>)> PartsAsync(QuarterlyReturn r)
    {
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == r.ContractId)
            .Select(c => new { c.Reference, c.Title, Lead = c.LeadProvider!.Name }).SingleAsync();
        var measureIds = r.Actuals.Select(a => a.OutcomeMeasureId).ToList();
        var measures = await db.MonitoringPlans.AsNoTracking().Where(p => p.ContractId == r.ContractId).SelectMany(p => p.Measures)
            .Where(m => measureIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
        var commitmentIds = r.SocialValue.Select(s => s.ContractCommitmentId).ToList();
        var commitments = await db.Contracts.AsNoTracking().Where(c => c.Id == r.ContractId).SelectMany(c => c.Commitments)
            .Where(c => commitmentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var heading = new ReturnHeading(r.Id, r.ContractId, contract.Reference, contract.Title, contract.Lead, r.Quarter, r.DueOn, r.Status,
            r.TimingOn(Today, options.DueSoonDays));
        var measureRows = r.Actuals.Where(a => measures.ContainsKey(a.OutcomeMeasureId)).Select(a =>
        {
            var m = measures[a.OutcomeMeasureId];
            return new ReturnMeasure(m.Id, m.Question, m.Name, m.Unit, m.QuarterlyTarget, m.Direction, a.Value, a.Commentary);
        }).ToList();
        var commitmentRows = r.SocialValue.Where(s => commitments.ContainsKey(s.ContractCommitmentId)).Select(s =>
        {
            var c = commitments[s.ContractCommitmentId];
            return new ReturnCommitment(c.Id, c.Criterion, c.Quantity, c.Unit, s.Quantity, s.Note);
        }).ToList();
        return (heading, measureRows, commitmentRows);
    }
}

/// <summary>A return's figures the list needs.</summary>
public sealed record ReturnLine(int Id, int ContractId, int QuarterKey, DateOnly DueOn, DateOnly? SubmittedOn, ReturnStatus Status, Rag? Rating);

/// <summary>A live contract on the monitoring list: its latest return (status, lateness) and latest rating.</summary>
public sealed record MonitoringRow(int ContractId, string Reference, string Title, string Organisation, string? LeadProvider, bool HasPlan,
    int? ReturnId, FinancialQuarter? Quarter, DateOnly? DueOn, ReturnStatus? Status, ReturnTiming? Timing, Rag? Rating, FinancialQuarter? RatedQuarter)
{
    /// <summary>The monitoring list's download (docs/patterns.md "Downloads"): the columns the page shows.</summary>
    public static LeedsCommissioning.Web.Infrastructure.Exports.ListExport<MonitoringRow> Export { get; } =
        new LeedsCommissioning.Web.Infrastructure.Exports.ListExport<MonitoringRow>("monitoring", "Quarterly monitoring")
            .Text("Reference", r => r.Reference, 18)
            .Text("Contract", r => r.Title, 50)
            .Text("Commissioner", r => r.Organisation, 36)
            .Text("Lead provider", r => r.LeadProvider ?? "", 36)
            .YesNo("Monitoring plan", r => r.HasPlan, 16)
            .Text("Quarter", r => r.Quarter?.Label ?? "", 14)
            .Date("Due", r => r.DueOn, 12)
            .Text("Return", r => r.Status is not { } s ? "No return yet"
                : s == ReturnStatus.Draft ? MonitoringNames.Timing(r.Timing!.Value)
                : r.Timing == ReturnTiming.SubmittedLate ? MonitoringNames.Status(s) + ", submitted late" : MonitoringNames.Status(s), 28)
            .Text("Latest rating", r => r.Rating?.ToString() ?? "Not rated yet", 14)
            .Text("Rated quarter", r => r.RatedQuarter?.Label ?? "", 14);
}

/// <param name="Rows">This page's rows.</param>
/// <param name="Matching">How many rows the filters match, on every page.</param>
/// <param name="Total">How many contracts the person monitors, unfiltered.</param>
public sealed record MonitoringListViewModel(IReadOnlyList<MonitoringRow> Rows, int Matching, int Total, int Page, int PageCount,
    int? Organisation, string? Status, IReadOnlyList<SelectListItem> Organisations, bool IsProvider, bool CanReview)
{
    public const int PageSize = 50;

    /// <summary>
    /// Staff's list: the kept rows' versions and date (<see cref="MonitoringListSet.RenderedKey"/>) with the filters, the
    /// page and whether the person reviews returns; the page's HTML is kept under it. Null for a provider's users.
    /// </summary>
    public string? RenderedKey { get; init; }

    /// <summary>Another page of the list, with the same filters.</summary>
    public string Href(int page) => "/monitoring" + Microsoft.AspNetCore.Http.QueryString.Create(
        new[] { ("organisation", Organisation?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", Status),
                ("page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture)) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2)));

    /// <summary>The list's filters as a query string for its downloads ("?organisation=1&amp;status=late", or empty).</summary>
    public string DownloadQuery => Microsoft.AspNetCore.Http.QueryString.Create(
        new[] { ("organisation", Organisation?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", Status) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2))).ToString();

    public static IReadOnlyList<(string Value, string Text)> Statuses { get; } =
    [
        ("late", "Late"),
        ("due", "Due soon"),
        ("awaiting-review", "Submitted, awaiting review"),
        ("red", "Rated red"),
        ("amber", "Rated amber"),
        ("no-plan", "No monitoring plan"),
    ];
}

/// <summary>The list's rules: which return a contract shows, and what each status filter means.</summary>
public static class MonitoringList
{
    /// <summary>
    /// The return that needs attention: the oldest one not submitted that is late or due soon, else the oldest awaiting review,
    /// else the most recent quarter's (<paramref name="newestFirst"/> is ordered newest first).
    /// </summary>
    public static ReturnLine? Latest(IReadOnlyList<ReturnLine> newestFirst, DateOnly today, int dueSoonDays) =>
        newestFirst.LastOrDefault(r => r.Status == ReturnStatus.Draft && QuarterlyReturn.Timing(r.DueOn, null, today, dueSoonDays) is ReturnTiming.Late or ReturnTiming.DueSoon)
        ?? newestFirst.LastOrDefault(r => r.Status == ReturnStatus.Submitted)
        ?? (newestFirst.Count > 0 ? newestFirst[0] : null);

    public static bool Matches(MonitoringRow row, string? status) => status switch
    {
        "late" => row.Timing == ReturnTiming.Late,
        "due" => row.Timing == ReturnTiming.DueSoon,
        "awaiting-review" => row.Status == ReturnStatus.Submitted,
        "red" => row.Rating == Rag.Red,
        "amber" => row.Rating == Rag.Amber,
        "no-plan" => !row.HasPlan,
        _ => true,
    };
}
