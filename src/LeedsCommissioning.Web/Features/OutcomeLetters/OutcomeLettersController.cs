using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.OutcomeLetters;

/// <summary>
/// A provider organisation's outcome letters (issue 13): every query is filtered by the signed-in user's organisation, so
/// another organisation's letter answers 404 as if it did not exist. A letter states the winner's name and, per award
/// criterion, the winning bid's score; never another bidder's price.
/// </summary>
[Route("outcome-letters")]
[Authorize(Policies.ProviderUser)]
public sealed class OutcomeLettersController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await Letters().ToListAsync());

    /// <summary>The organisation's own letters as the list shows them, newest first; never another organisation's.</summary>
    [HttpGet("export.csv")]
    public IActionResult ExportCsv() => LetterRow.Export.Csv(Letters().AsAsyncEnumerable(), clock.UkToday());

    [HttpGet("export.xlsx")]
    public IActionResult ExportXlsx() => LetterRow.Export.Xlsx(Letters().AsAsyncEnumerable(), clock.UkToday());

    private IQueryable<LetterRow> Letters()
    {
        var providerId = User.ProviderId();
        return from l in db.OutcomeLetters.AsNoTracking()
               where l.ProviderId == providerId
               join o in db.Opportunities on l.OpportunityId equals o.Id
               orderby l.IssuedAtUtc descending
               select new LetterRow(l.Id, o.Title, o.Lots.Where(x => x.Id == l.LotId).Select(x => x.Number).Single(),
                   o.Lots.Where(x => x.Id == l.LotId).Select(x => x.Title).Single(), l.IsSuccessful, l.IssuedAtUtc);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var providerId = User.ProviderId();
        var letter = await db.OutcomeLetters.AsNoTracking().Include(l => l.Lines).SingleOrDefaultAsync(l => l.Id == id && l.ProviderId == providerId);
        if (letter is null)
        {
            return NotFound();
        }

        var o = await db.Opportunities.AsNoTracking().Include(x => x.Lots).SingleAsync(x => x.Id == letter.OpportunityId);
        var award = await db.LotAwards.AsNoTracking().SingleAsync(a => a.Id == letter.LotAwardId);
        var lot = o.Lots.Single(l => l.Id == letter.LotId);
        return View(new OutcomeLetterViewModel(letter, o.Id, o.Title, lot.Number, lot.Title, award.StandstillEndsOn));
    }
}

public sealed record LetterRow(int Id, string OpportunityTitle, int LotNumber, string LotTitle, bool IsSuccessful, DateTime IssuedAtUtc)
{
    /// <summary>The outcome letters list as a download (docs/patterns.md "Downloads"): the organisation's own, as listed.</summary>
    public static Infrastructure.Exports.ListExport<LetterRow> Export { get; } = new Infrastructure.Exports.ListExport<LetterRow>("outcome-letters", "Outcome letters")
        .Text("Opportunity", r => r.OpportunityTitle, 50)
        .Number("Lot", r => r.LotNumber, 8)
        .Text("Lot title", r => r.LotTitle, 40)
        .Text("Outcome", r => r.IsSuccessful ? "Successful" : "Not successful", 16)
        .DateTime("Issued", r => r.IssuedAtUtc);
}

public sealed record OutcomeLetterViewModel(OutcomeLetter Letter, int OpportunityId, string OpportunityTitle, int LotNumber, string LotTitle, DateOnly? StandstillEndsOn);
