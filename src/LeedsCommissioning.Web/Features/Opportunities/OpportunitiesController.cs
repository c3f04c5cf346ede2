using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>The public face of opportunities: anyone can find and read them; provider users register interest and ask questions.</summary>
[Route("opportunities")]
public sealed class OpportunitiesController(
    CommissioningDbContext db, TimeProvider clock, UserManager<LeedsCommissioning.Infrastructure.Identity.ApplicationUser> users, IAuthorizationService authorization) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("")]
    [AllowAnonymous]
    public async Task<IActionResult> Index(
        string? search, string? serviceArea, string? value, string? closing, [FromServices] OpenOpportunities open, bool small = false, int page = 1)
    {
        var model = new OpportunitiesIndexViewModel { Search = search, ServiceArea = serviceArea, Value = value, Closing = closing, Small = small, Page = Math.Max(1, page) };
        // The open opportunities are kept per version of the data (OpenOpportunities): one small query per request,
        // then the filters, the count and the page over a few hundred rows in memory (docs/benchmarks.md).
        var (version, rows) = await open.ListAtAsync(db, Now);
        model.ServiceAreas = rows.Select(r => r.List.ServiceArea).Distinct().OrderBy(s => s.ToString(), StringComparer.Ordinal).ToList();
        var found = Matching(rows, search, serviceArea, value, closing, small).ToList();
        model.TotalCount = found.Count;
        model.Rows = found.Skip((model.Page - 1) * model.PageSize).Take(model.PageSize).ToList();
        // The filters and the results, rendered once for every request that would render them the same. The open rows
        // are those of the version still open now, fewer as deadlines pass, so their number says which they are; the
        // matching rows, soonest deadline first, are the first so many of those that pass the query's filters (the
        // closing date's window moves with the clock, so their number is in the key too).
        model.RenderedKey = $"{version} {rows.Count} {found.Count} {Request.QueryString}";
        return View(model);
    }

    /// <summary>The open opportunities as a CSV file or an Excel workbook, with the list's filters (anyone may download them).</summary>
    [HttpGet("export.csv")]
    [AllowAnonymous]
    public async Task<IActionResult> ExportCsv(string? search, string? serviceArea, string? value, string? closing, [FromServices] OpenOpportunities open, bool small = false) =>
        OpportunitiesIndexViewModel.Export.Csv(Matching(await open.OpenAtAsync(db, Now), search, serviceArea, value, closing, small), clock.UkToday());

    [HttpGet("export.xlsx")]
    [AllowAnonymous]
    public async Task<IActionResult> ExportXlsx(string? search, string? serviceArea, string? value, string? closing, [FromServices] OpenOpportunities open, bool small = false) =>
        OpportunitiesIndexViewModel.Export.Xlsx(Matching(await open.OpenAtAsync(db, Now), search, serviceArea, value, closing, small), clock.UkToday());

    /// <summary>The open opportunities that match the filters, soonest deadline first.</summary>
    private IEnumerable<OpportunityListRow> Matching(IReadOnlyList<OpenOpportunities.Row> rows, string? search, string? serviceArea, string? value, string? closing, bool small)
    {
        IEnumerable<OpenOpportunities.Row> matching = rows;
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            matching = matching.Where(r => r.List.Title.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (r.Description is not null && r.Description.Contains(term, StringComparison.OrdinalIgnoreCase)));
        }

        if (Enum.TryParse<ServiceArea>(serviceArea, out var area))
        {
            matching = matching.Where(r => r.List.ServiceArea == area);
        }

        if (int.TryParse(closing, out var days) && days > 0)
        {
            var until = Now.AddDays(days);
            matching = matching.Where(r => r.List.BidDeadlineUtc <= until);
        }

        if (small)
        {
            matching = matching.Where(r => r.List.SuitableForSmallOrganisations);
        }

        if (OpportunitiesIndexViewModel.ValueBands.FirstOrDefault(b => b.Value == value) is { Value: not null } band)
        {
            matching = matching.Where(r => r.List.EstimatedValue >= band.Min && (band.Max == decimal.MaxValue || r.List.EstimatedValue < band.Max));
        }

        return matching.Select(r => r.List);
    }

    [HttpGet("{id:int}")]
    [AllowAnonymous]
    public async Task<IActionResult> Details(int id)
    {
        var model = await db.PublicViewAsync(id, Now, everPublishedOnly: true);
        if (model is null)
        {
            return NotFound();
        }

        if (User.ProviderId() is { } providerId && (await authorization.AuthorizeAsync(User, Policies.ProviderUser)).Succeeded)
        {
            model.IsProvider = true;
            model.InterestRegistered = await db.InterestRegistrations.AnyAsync(i => i.OpportunityId == id && i.ProviderId == providerId);
            model.YourBids = await db.OwnedBy(providerId).AsNoTracking().Where(b => b.OpportunityId == id)
                .Select(b => new YourBidRow(b.LotId, b.Status, b.SubmittedAtUtc)).ToListAsync();
            model.YourWaitingQuestions = await db.ClarificationQuestions.AsNoTracking()
                .Where(q => q.OpportunityId == id && q.ProviderId == providerId && q.Answer == null)
                .OrderBy(q => q.AskedAtUtc).Select(q => q.Text).ToListAsync();
        }

        return View(model);
    }

    /// <summary>
    /// The opportunity's published clarifications and answered questions, as its page shows them, for anyone: never who
    /// asked, never a question waiting for an answer, and nothing of an opportunity that was never published (404).
    /// </summary>
    [HttpGet("{id:int}/clarifications/export.csv")]
    [AllowAnonymous]
    public async Task<IActionResult> ClarificationsCsv(int id) =>
        await PublishedClarificationsAsync(id) is { } rows ? PublishedClarificationRow.Export.Csv(rows, clock.UkToday()) : NotFound();

    [HttpGet("{id:int}/clarifications/export.xlsx")]
    [AllowAnonymous]
    public async Task<IActionResult> ClarificationsXlsx(int id) =>
        await PublishedClarificationsAsync(id) is { } rows ? PublishedClarificationRow.Export.Xlsx(rows, clock.UkToday()) : NotFound();

    private async Task<List<PublishedClarificationRow>?> PublishedClarificationsAsync(int id)
    {
        var o = await db.Opportunities.AsNoTracking().EverPublished().Include(x => x.Clarifications).SingleOrDefaultAsync(x => x.Id == id);
        return o is null
            ? null
            : PublishedClarificationRow.Of(o.Clarifications.OrderBy(c => c.Number).Select(c => new NoticeRow(c.Number, c.Text, c.PublishedAtUtc)),
                await db.PublishedAnswersAsync(id)).ToList();
    }

    [HttpPost("{id:int}/register-interest")]
    [Authorize(Policies.ProviderUser)]
    public async Task<IActionResult> RegisterInterest(int id)
    {
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return NotFound();
        }

        var providerId = User.ProviderId()!.Value;
        if (!await db.InterestRegistrations.AnyAsync(i => i.OpportunityId == id && i.ProviderId == providerId))
        {
            try
            {
                db.InterestRegistrations.Add(opportunity.RegisterInterest(providerId, users.GetUserId(User)!, Now));
                await db.SaveChangesAsync();
            }
            catch (DomainException ex)
            {
                TempData["Error"] = ex.Message;
                return Redirect($"/opportunities/{id}");
            }
        }

        TempData["Success"] = "Your organisation's interest is registered";
        TempData["SuccessBody"] = "Only the commissioning team can see it. Other providers cannot.";
        return Redirect($"/opportunities/{id}");
    }

    [HttpGet("{id:int}/ask")]
    [Authorize(Policies.ProviderUser)]
    public async Task<IActionResult> Ask(int id)
    {
        var title = await db.Opportunities.AsNoTracking().EverPublished().Where(o => o.Id == id).Select(o => o.Title).SingleOrDefaultAsync();
        return title is null ? NotFound() : View(new AskQuestionViewModel { OpportunityId = id, OpportunityTitle = title });
    }

    [HttpPost("{id:int}/ask")]
    [Authorize(Policies.ProviderUser)]
    public async Task<IActionResult> Ask(int id, AskQuestionViewModel model, [FromServices] IValidator<AskQuestionViewModel> validator)
    {
        var opportunity = await db.Opportunities.EverPublished().SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return NotFound();
        }

        model.OpportunityId = id;
        model.OpportunityTitle = opportunity.Title;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        try
        {
            db.ClarificationQuestions.Add(opportunity.Ask(User.ProviderId()!.Value, users.GetUserId(User)!, model.Text!, Now));
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View(model);
        }

        TempData["Success"] = "Your question has been sent";
        TempData["SuccessBody"] = "The answer will be published on this page for every provider to read. Your organisation's name will not be shown.";
        return Redirect($"/opportunities/{id}");
    }
}
