using System.Globalization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Pipeline;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// The contracts register (staff), "Our contracts" (provider users) and the contract's pages: overview, funding, term,
/// providers, documents and history, one short page each under a sub-navigation (docs/patterns.md).
/// </summary>
public sealed class ContractsController(CommissioningDbContext db, TimeProvider clock, IAuthorizationService authorization, RegisterFigures figures,
    Domain.Performance.PerformanceRules performanceRules, Domain.Renewals.RenewalRules renewalRules) : Controller
{
    [HttpGet("/contracts")]
    [Authorize(Policies.ViewRegister)]
    public async Task<IActionResult> Index([FromQuery] RegisterFilter filter, int page = 1)
    {
        ModelState.Clear(); // A filter value that does not bind is simply not applied.
        var version = await RegisterFigures.VersionAsync(db);
        var choices = await figures.GetOrAddAsync(version, "choices", FilterChoicesAsync);
        var provider = await ProviderChoices.ResolveAsync(db, filter);
        var model = new RegisterViewModel
        {
            Filter = filter, Organisations = choices.Organisations.Select(o => Option(o, filter.Organisation?.ToString(CultureInfo.InvariantCulture))).ToList(),
            Funders = choices.Funders.Select(f => Option(f, filter.Funder)).ToList(),
            CanCreate = (await authorization.AuthorizeAsync(User, Policies.ManageContracts)).Succeeded,
            ProviderCandidates = provider.Candidates, MoreProviderCandidates = provider.MoreCandidates,
        };
        if (provider.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(RegisterFilter.ProviderName), problem);
            return View(model);
        }

        var today = clock.UkToday();
        model.Totals = await figures.GetOrAddAsync(version, $"totals {today:yyyy-MM-dd} {filter.ToQueryString(sort: "", direction: "")}",
            other => TotalsAsync(other.Contracts.AsNoTracking().ApplyFilters(other, filter, today)));
        model.Page = Math.Clamp(page, 1, model.PageCount);
        var pageNumber = model.Page;
        var kept = pageNumber <= RegisterViewModel.KeptPages;
        model.Rows = kept
            ? await figures.GetOrAddAsync(version, $"rows {today:yyyy-MM-dd} {filter.ToQueryString()} {pageNumber}",
                other => RowsAsync(other.Contracts.AsNoTracking().ApplyFilters(other, filter, today), filter, pageNumber))
            : await RowsAsync(db.Contracts.AsNoTracking().ApplyFilters(db, filter, today), filter, pageNumber);
        model.RenderedKey = kept ? $"{version} {today:yyyy-MM-dd} {Request.QueryString}" : null;
        return View(model);
    }

    /// <summary>One page of the filtered, sorted register, projected for the table (immutable rows, so they can be kept).</summary>
    private static async Task<IReadOnlyList<RegisterRow>> RowsAsync(IQueryable<Contract> filtered, RegisterFilter filter, int page) =>
        await filtered.ApplySort(filter)
            .Skip((page - 1) * RegisterViewModel.PageSize).Take(RegisterViewModel.PageSize)
            .Select(c => new RegisterRow(c.Id, c.Reference, c.Title, c.LeadProvider == null ? null : c.LeadProvider.Name,
                c.Status, c.CurrentEndDate, c.AnnualValue, c.SmallLocalShare, c.RequiredSmallShare))
            .ToListAsync();

    [HttpGet("/our-contracts")]
    [Authorize(Policies.ProviderUser)]
    public async Task<IActionResult> OurContracts()
    {
        var providerId = User.ProviderId()!.Value;
        var name = await db.Providers.Where(p => p.Id == providerId).Select(p => p.Name).SingleAsync();
        return View(new OurContractsViewModel(name, await OurContractRows(providerId).ToListAsync()));
    }

    /// <summary>Downloads of "Our contracts": the signed-in provider's own contracts only.</summary>
    [HttpGet("/our-contracts/export.csv")]
    [Authorize(Policies.ProviderUser)]
    public IActionResult OurContractsCsv() => OurContractRow.Export.Csv(OurContractRows(User.ProviderId()!.Value).AsAsyncEnumerable(), clock.UkToday());

    [HttpGet("/our-contracts/export.xlsx")]
    [Authorize(Policies.ProviderUser)]
    public IActionResult OurContractsXlsx() => OurContractRow.Export.Xlsx(OurContractRows(User.ProviderId()!.Value).AsAsyncEnumerable(), clock.UkToday());

    private IQueryable<OurContractRow> OurContractRows(int providerId) =>
        db.Contracts.AsNoTracking().TakingPart(providerId)
            .OrderBy(c => c.CurrentEndDate).ThenBy(c => c.Reference)
            .Select(c => new OurContractRow(
                c.Id, c.Reference, c.Title, c.ServiceArea, c.LeadProvider == null ? null : c.LeadProvider.Name, c.Status,
                c.CurrentEndDate, c.AnnualValue,
                c.Providers.Where(p => p.ProviderId == providerId).Select(p => p.Role).First(),
                c.Providers.Where(p => p.ProviderId == providerId).Select(p => p.AnnualShare).First()));

    /// <summary>The contract's overview: status, details and Keep it Local, each part with its Change link.</summary>
    [HttpGet("/contracts/{id:int}")]
    [Authorize(Policies.ViewContract)]
    public Task<IActionResult> Details(int id) => Section(id, ContractSection.Overview);

    [HttpGet("/contracts/{id:int}/funding")]
    [Authorize(Policies.ViewContract)]
    public Task<IActionResult> Funding(int id) => Section(id, ContractSection.Funding);

    [HttpGet("/contracts/{id:int}/term")]
    [Authorize(Policies.ViewContract)]
    public Task<IActionResult> Term(int id) => Section(id, ContractSection.Term);

    [HttpGet("/contracts/{id:int}/providers")]
    [Authorize(Policies.ViewContract)]
    public Task<IActionResult> Providers(int id) => Section(id, ContractSection.Providers);

    [HttpGet("/contracts/{id:int}/documents")]
    [Authorize(Policies.ViewContract)]
    public Task<IActionResult> Documents(int id) => Section(id, ContractSection.Documents);

    /// <summary>Quarterly monitoring (issue 15): each measure over time and the quarters' ratings (Features/Monitoring).</summary>
    [HttpGet("/contracts/{id:int}/monitoring")]
    [Authorize(Policies.ViewContract)]
    public Task<IActionResult> Monitoring(int id) => Section(id, ContractSection.Monitoring);
    /// <summary>Key performance indicators, their ratings, breaches and changes (issue 15): staff, and the contract's own providers.</summary>
    [HttpGet("/contracts/{id:int}/performance")]
    [Authorize(Policies.ViewContract)]
    public Task<IActionResult> Performance(int id) => Section(id, ContractSection.Performance);

    /// <summary>The audit trail names staff and shows every party's figures: staff only.</summary>
    [HttpGet("/contracts/{id:int}/history")]
    [Authorize(Policies.ViewRegister)]
    public Task<IActionResult> History(int id, int page = 1) => Section(id, ContractSection.History, page);

    /// <summary>
    /// Moves the contract to the next stage of delivery (Contract.Advance); a refusal is shown on the overview.
    /// Ending, ended and decommissioned go through the confirmation page (ContractEndingController).
    /// </summary>
    [HttpPost("/contracts/{id:int}/status")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> Status(int id, ContractStatus? newStatus, int version)
    {
        var contract = await db.Contracts.Include(c => c.Funding).SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null)
        {
            return NotFound();
        }

        var saved = await db.SaveVersionedAsync(contract, version,
            () => contract.Advance(newStatus ?? throw new DomainException("Select the new status", "NewStatus")));
        if (!saved.Saved)
        {
            var model = (await PageAsync(id, ContractSection.Overview))!;
            model.NewStatus = newStatus;
            ModelState.AddModelError("NewStatus", saved.Explain("contract"));
            return View(nameof(Details), model);
        }

        TempData["Success"] = $"{contract.Reference} is now {contract.Status.ToDisplayName().ToLowerInvariant()}";
        return Redirect($"/contracts/{id}");
    }

    private async Task<IActionResult> Section(int id, ContractSection section, int historyPage = 1)
    {
        var model = await PageAsync(id, section, historyPage);
        return model is null ? NotFound() : View(nameof(Details), model);
    }

    /// <summary>
    /// The page for <paramref name="section"/>, reading only what it shows (<see cref="ContractPageReads"/>); null when
    /// the contract is not there or not visible. For staff, who may open every contract, the contract's facts and its
    /// renewal line (<see cref="PipelineQueries.RowAsync"/>) are kept per version of the register's data and per day
    /// (<see cref="RegisterFigures.GetOrAddContractAsync{T}"/>; the renewal plans and extensions raise that version too,
    /// migration RenewalsInRegisterVersion): one counter read a request instead of two queries. A provider's users read
    /// the facts through <see cref="ContractAccess.VisibleTo"/> each time, and never see the renewal line.
    /// </summary>
    private async Task<ContractPageViewModel?> PageAsync(int id, ContractSection section, int historyPage = 1)
    {
        var today = clock.UkToday();
        var staff = ContractAccess.SeesEveryContract(User);
        var read = staff
            ? await figures.GetOrAddContractAsync(await RegisterFigures.VersionAsync(db), id, today, async other =>
                await ContractPageReads.FactsAsync(other, other.Contracts, id) is { } found
                    ? found with { Renewal = await PipelineQueries.RowAsync(other, renewalRules, id, today) }
                    : null)
            : await ContractPageReads.FactsAsync(db, db.Contracts.VisibleTo(User), id);
        if (read is null)
        {
            return null;
        }

        var isProvider = User.IsInRole(LeedsCommissioning.Domain.Security.Roles.ProviderUser);
        var viewer = isProvider ? User.ProviderId() : null;
        var canManage = (await authorization.AuthorizeAsync(User, Policies.ManageContracts)).Succeeded;
        var model = ContractPageViewModel.For(section, read.Facts, read.Organisation, read.LeadProvider, today, viewer is not null, canManage,
            parties: section == ContractSection.Providers ? await ContractPageReads.PartiesAsync(db, id, viewer) : null,
            funding: section == ContractSection.Funding ? await ContractPageReads.FundingAsync(db, id) : null,
            extensions: section == ContractSection.Term ? await ContractPageReads.ExtensionsAsync(db, id) : null,
            documents: section == ContractSection.Documents ? await ContractPageReads.DocumentsAsync(db, id) : null,
            history: section == ContractSection.History ? await ContractHistory.LoadAsync(db, id, historyPage) : null);
        model.Renewal = staff && section == ContractSection.Overview ? read.Renewal : null;
        if (section == ContractSection.Funding)
        {
            // Issue 15: a value change waiting for a decision maker has not changed the figures shown; say so beside them.
            var waiting = await db.ContractChanges.AsNoTracking()
                .Where(ContractChange.AwaitingDecision)
                .Where(ch => ch.ContractId == id && ch.Kind == ContractChangeKind.Value)
                .Select(ch => new { ch.Description, ch.EffectiveDate }).FirstOrDefaultAsync();
            model.ValueChangeWaiting = waiting is null ? null : $"{waiting.Description}, from {UkTime.Date(waiting.EffectiveDate)}";
        }

        if (section == ContractSection.Performance)
        {
            model.Performance = await Features.Performance.PerformanceSection.LoadAsync(db, id, performanceRules, clock.UkToday());
        }

        return model;
    }

    /// <summary>
    /// The counts and sums in one pass over the filtered contracts, so a search runs once, not four times
    /// (docs/benchmarks.md); the Keep it Local amount needs the providers, so it is a second query. Kept per version
    /// of the data (<see cref="RegisterFigures"/>), so a pass over the contracts happens once per change, not per request.
    /// </summary>
    private static async Task<RegisterTotals> TotalsAsync(IQueryable<Contract> filtered)
    {
        var sums = await filtered.GroupBy(_ => 1).Select(g => new
        {
            Count = g.Count(),
            AnnualValue = g.Sum(c => c.AnnualValue),
            WholeLifeValue = g.Sum(c => c.WholeLifeValue),
            ThirdSectorLed = g.Count(c => c.LeadProviderIsThirdSector == true),
        }).SingleOrDefaultAsync();
        if (sums is null)
        {
            return new RegisterTotals(0, 0m, 0m, 0m, 0);
        }

        var smallLocal = await filtered.SelectMany(c => c.Providers).SmallAndLocal().SumAsync(p => p.AnnualShare);
        return new RegisterTotals(sums.Count, sums.AnnualValue, sums.WholeLifeValue, smallLocal, sums.ThirdSectorLed);
    }

    private static SelectListItem Option(RegisterChoice choice, string? selected) => new(choice.Text, choice.Value, choice.Value == selected);

    /// <summary>
    /// The organisation and funder choices: commissioning organisations by name; then those that fund something, and
    /// partner funders, by name. Partner funders are read from every funding line, so they are kept per version.
    /// </summary>
    private static async Task<RegisterChoices> FilterChoicesAsync(CommissioningDbContext context)
    {
        var all = await context.CommissioningOrganisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync();
        var funding = await context.CommissioningOrganisations.AsNoTracking()
            .Where(o => context.FundingContributions.Any(f => f.FunderOrganisationId == o.Id)).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync();
        var partners = await context.FundingContributions.AsNoTracking().Where(f => f.PartnerName != null)
            .Select(f => f.PartnerName!).Distinct().OrderBy(n => n).ToListAsync();
        return new RegisterChoices(
            all.Select(o => new RegisterChoice(o.Id.ToString(CultureInfo.InvariantCulture), o.Name)).ToList(),
            funding.Select(o => new RegisterChoice(o.Id.ToString(CultureInfo.InvariantCulture), o.Name))
                .Concat(partners.Select(n => new RegisterChoice(n, n))).ToList());
    }
}
