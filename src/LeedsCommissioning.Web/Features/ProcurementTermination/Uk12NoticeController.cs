using System.Globalization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Notices;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.ProcurementTermination;

/// <summary>
/// The UK12 procurement termination notice (domain.md section 9; issue 14): when an opportunity is cancelled, its content
/// prepared from the opportunity for an officer to check and copy to the central digital platform (Find a Tender).
/// </summary>
[Route("procurement/opportunities/{id:int}/uk12-notice")]
[Authorize(Policies.ManageOpportunities)]
public sealed class Uk12NoticeController(CommissioningDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Notice(int id)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.Lots).SingleOrDefaultAsync(o => o.Id == id);
        if (opportunity is null)
        {
            return NotFound();
        }

        var authority = await db.CommissioningOrganisations.Where(c => c.Id == opportunity.CommissioningOrganisationId)
            .Select(c => c.Name).SingleOrDefaultAsync();
        return View(new Uk12NoticeViewModel(opportunity.Id, opportunity.Title, Uk12Notice.For(opportunity, authority)));
    }
}

public sealed record Uk12NoticeViewModel(int Id, string Title, NoticeDraft Notice);

/// <summary>The UK12 notice's fields, from the opportunity as recorded (the platform's own field names).</summary>
public static class Uk12Notice
{
    public static NoticeDraft For(Opportunity opportunity, string? authority)
    {
        var cancelled = opportunity.Status == OpportunityStatus.Cancelled;
        var draft = new NoticeDraft(NoticeKind.Uk12ProcurementTermination, opportunity.Title);
        if (!cancelled)
        {
            draft.Block("The procurement has not been cancelled. A procurement termination notice is published only after it is cancelled: use “Cancel this opportunity” on the opportunity's page");
        }

        draft.Section("Contracting authority")
            .Required("Name", authority, "Record the commissioning organisation on the opportunity's details");
        draft.Section("Procurement")
            .Required("Procurement reference", "Opportunity " + opportunity.Id.ToString(CultureInfo.InvariantCulture), "Save the opportunity to give it a number")
            .Required("Title", opportunity.Title, "Enter the opportunity's title")
            .Optional("Lots", string.Join("\n", opportunity.Lots.OrderBy(l => l.Number)
                .Select(l => string.Create(CultureInfo.InvariantCulture, $"Lot {l.Number}: {l.Title}"))))
            .Required("Tender notice published", opportunity.PublishedAtUtc is { } published
                ? "Yes, on " + UkTime.DateAndTime(published) + " (UK time)"
                : "No: the opportunity was not published", "Record whether the tender notice was published");
        draft.Section("Termination")
            .Required("Date of termination", cancelled && opportunity.OutcomeAtUtc is { } at ? UkTime.Date(UkTime.DateOf(at)) : null,
                "Cancel the opportunity to record the date of termination")
            .Required("Reason for termination", cancelled ? opportunity.OutcomeNote : null,
                "Cancel the opportunity with the reason, which is the reason for termination");
        return draft;
    }
}
