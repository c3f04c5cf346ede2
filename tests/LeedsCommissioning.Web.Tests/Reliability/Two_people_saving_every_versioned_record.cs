using System.Net;
using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Reliability;

/// <summary>
/// Optimistic concurrency on every editable record (issue 16, "Reliability"): for each record the EF model versions (a
/// concurrency token), its edit form is opened twice, by two people or in two windows; the first saves, then the second
/// saves what they typed over the version they opened. The second is refused with the GOV.UK error summary saying someone
/// changed it after they opened it, what they typed is on the form again, and the database holds the first person's change.
/// The records come from the model, so a new versioned record fails <see cref="every_versioned_record_has_a_row"/> until
/// it has a row here.
/// </summary>
public sealed class Two_people_saving_every_versioned_record(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Commissioner = "commissioner@example.org";
    private const string CcgCommissioner = "ccg@example.org";
    private const string Officer = "procurement@example.org";
    private const string Administrator = "admin@example.org";

    /// <summary>
    /// One edit of a versioned record: the form's page and the address it posts to, who saves first and who second (the same
    /// person twice is two windows), the field both change, any other fields the save needs, and what the database holds.
    /// </summary>
    private sealed record Edit(string Page, string First, string Second, string Field, Func<Task<string?>> Stored)
    {
        public string Action { get; init; } = Page;

        public IReadOnlyDictionary<string, string> With { get; init; } = new Dictionary<string, string>();

        /// <summary>What the first and the second type in the field, when it takes no sentence (a day, say).</summary>
        public (string First, string Second)? Typed { get; init; }
    }

    /// <summary>Every versioned record people edit, by its entity's name, with how to open one of its forms.</summary>
    private Dictionary<string, Func<Task<Edit>>> Rows(IReadOnlyDictionary<string, string> matrix) => new()
    {
        ["Contract"] = async () =>
        {
            var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-017");
            return new($"/contracts/{id}/change-details", CcgCommissioner, Commissioner, "Description",
                () => factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Description).SingleAsync()));
        },
        ["Provider"] = async () =>
        {
            var id = await factory.WithDbAsync(db => db.Providers.Where(p => p.Name == DemoData.LeadProviderName).Select(p => p.Id).SingleAsync());
            return new($"/providers/{id}/edit", CcgCommissioner, Commissioner, "Description",
                () => factory.WithDbAsync(db => db.Providers.Where(p => p.Id == id).Select(p => p.Description).SingleAsync()));
        },
        ["Opportunity"] = async () =>
        {
            var id = await Opportunities.Demo.ReadyDraftAsync(factory, "Young carers' breaks: two people editing");
            return new($"/procurement/opportunities/{id}/edit", Officer, Commissioner, "Title",
                () => factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => (string?)o.Title).SingleAsync()));
        },
        ["Bid"] = async () =>
        {
            // The small provider's draft on the open opportunity's first lot, in two windows.
            var (id, lotId, _) = await Opportunities.Demo.FindAsync(factory, Opportunities.Demo.OpenTitle);
            var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
            Assert.Equal(HttpStatusCode.Redirect, (await Opportunities.Demo.SubmitBidAsync(provider, id, lotId, "The first draft.", command: "save")).StatusCode);
            return new($"/opportunities/{id}/lots/{lotId}/bid", "small.provider@example.org", "small.provider@example.org", "Answers[0]",
                async () => string.Join(" | ", await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.OpportunityId == id && b.LotId == lotId)
                    .SelectMany(b => b.Answers).Select(a => a.Text).ToListAsync())))
            {
                With = new Dictionary<string, string> { ["Command"] = "save" },
            };
        },
        ["CprWaiver"] = async () =>
        {
            var id = await factory.WithDbAsync(db => db.CprWaivers.Where(w => w.Status == Domain.Waivers.WaiverStatus.Draft).OrderBy(w => w.Id).Select(w => w.Id).FirstAsync());
            return new($"/waivers/{id}/edit", Officer, Commissioner, "Summary",
                () => factory.WithDbAsync(db => db.CprWaivers.Where(w => w.Id == id).Select(w => w.Summary).SingleAsync()));
        },
        ["DecommissioningCase"] = async () =>
        {
            var commissioner = await PortalClient.SignedInAsync(factory, Commissioner);
            var id = await Decommissioning.CaseSteps.StartAsync(commissioner, await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004"));
            return new($"/decommissioning/{id}/impact", CcgCommissioner, Commissioner, "GroupsAffected",
                () => factory.WithDbAsync(db => db.DecommissioningCases.Where(c => c.Id == id).Select(c => c.GroupsAffected).SingleAsync()))
            {
                With = new Dictionary<string, string> { ["ServiceUsersAffected"] = "62", ["TransitionPlan"] = "Each person visits their hub with a support worker before April" },
            };
        },
        ["MonitoringPlan"] = async () =>
        {
            var contract = await Monitoring.MonitoringTestData.LiveWellLeedsAsync(factory);
            return new($"/monitoring/contracts/{contract}/plan/measures/1", CcgCommissioner, Commissioner, "Name",
                () => factory.WithDbAsync(db => db.MonitoringPlans.Where(p => p.ContractId == contract).SelectMany(p => p.Measures).Where(m => m.Number == 1)
                    .Select(m => (string?)m.Name).SingleAsync()));
        },
        ["QuarterlyReturn"] = async () =>
        {
            // Live Well Leeds' late return, in two of the provider's windows.
            var id = await Monitoring.MonitoringTestData.LateReturnAsync(factory);
            return new($"/monitoring/returns/{id}", "provider@example.org", "provider@example.org", "Actuals[0].Commentary",
                async () => string.Join(" | ", await factory.WithDbAsync(db => db.QuarterlyReturns.Where(r => r.Id == id).SelectMany(r => r.Actuals).Select(a => a.Commentary).ToListAsync())))
            {
                With = await Monitoring.MonitoringTestData.CompleteAnswersAsync(factory, id),
            };
        },
        ["ForwardPlanIntention"] = async () =>
        {
            var id = await factory.WithDbAsync(db => db.ForwardPlanIntentions.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
            return new($"/pipeline/forward-plan/{id}", CcgCommissioner, Commissioner, "Description",
                () => factory.WithDbAsync(db => db.ForwardPlanIntentions.Where(i => i.Id == id).Select(i => (string?)i.Description).SingleAsync()));
        },
        ["RenewalPlan"] = async () =>
        {
            var contract = await factory.WithDbAsync(db => db.RenewalPlans.OrderBy(p => p.Id).Select(p => p.ContractId).FirstAsync());
            return new($"/pipeline/contracts/{contract}", CcgCommissioner, Commissioner, "Evidence",
                () => factory.WithDbAsync(db => db.RenewalPlans.Where(p => p.ContractId == contract).Select(p => p.Evidence).SingleAsync()));
        },
        ["ScoreSheet"] = () =>
        {
            // The matrix's panel on the closed opportunity's opened lot, which seats the commissioner: her sheet, in two windows.
            var (panel, bid) = (int.Parse(matrix["/scoring|panelId"]), int.Parse(matrix["/scoring|bidId"]));
            return Task.FromResult(new Edit($"/scoring/panels/{panel}/bids/{bid}", Commissioner, Commissioner, "Comments[0]",
                async () => string.Join(" | ", await factory.WithDbAsync(db => db.ScoreSheets.Where(s => s.EvaluationPanelId == panel && s.BidId == bid)
                    .SelectMany(s => s.Lines).Select(l => l.Comment).ToListAsync())))
            {
                With = new Dictionary<string, string> { ["Command"] = "save" },
            });
        },
        ["BidModeration"] = async () =>
        {
            // The matrix's moderation panel, chaired by its target user: both members' sheets submitted, the chair's moderation in two windows.
            var (panel, bid) = (int.Parse(matrix["/scoring/panels/{panelId:int}/bids/{bidId:int}/moderate|panelId"]), int.Parse(matrix["/scoring|bidId"]));
            await Evaluation.Evaluations.ScoreAsync(factory, panel, bid, "matrix.target@example.org", submit: true);
            await Evaluation.Evaluations.ScoreAsync(factory, panel, bid, Officer, submit: true);
            return new($"/scoring/panels/{panel}/bids/{bid}/moderate", "matrix.target@example.org", "matrix.target@example.org", "Rationales[0]",
                async () => string.Join(" | ", await factory.WithDbAsync(db => db.Moderations.Where(m => m.EvaluationPanelId == panel && m.BidId == bid)
                    .SelectMany(m => m.Lines).Select(l => l.Rationale).ToListAsync())))
            {
                With = new Dictionary<string, string> { ["Command"] = "save" },
            };
        },
        ["LotAward"] = async () =>
        {
            // The demo opportunity in evaluation, awarded: recording when its contract award notice was published, in two of the officer's
            // windows. The notice is published after the decision's call-in period (to 3 December 2026), so the day moves on to 4 December:
            // the first window gives that day, the second the day before.
            var (id, lotId, _) = await Award.Awards.ApprovedAsync(factory);
            var award = await factory.WithDbAsync(db => db.LotAwards.Where(a => a.OpportunityId == id && a.LotId == lotId && a.Status == AwardStatus.Approved).Select(a => a.Id).SingleAsync());
            factory.Clock.Advance(TimeSpan.FromDays(8));
            var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
            return new($"/procurement/opportunities/{id}/award/lots/{lotId}/contract-award-notice", Officer, Officer, "PublishedOn.Day",
                async () => (await factory.WithDbAsync(db => db.LotAwards.Where(a => a.Id == award).Select(a => a.NoticePublishedOn).SingleAsync()))?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))
            {
                With = new Dictionary<string, string> { ["PublishedOn.Month"] = Text(today.Month), ["PublishedOn.Year"] = Text(today.Year) },
                Typed = (Text(today.Day), Text(today.AddDays(-1).Day)),
            };
        },
        ["ApplicationUser"] = async () =>
        {
            // A person's account (Identity's ConcurrencyStamp), in two of the administrator's windows.
            var person = await TestUsers.CreateAsync(factory, Domain.Security.Roles.Evaluator);
            return new($"/admin/users/{person.Id}/edit", Administrator, Administrator, "Name",
                () => factory.WithDbAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => (string?)u.DisplayName).SingleAsync()));
        },
    };

    /// <summary>Versioned records whose version no form carries, each with the reason.</summary>
    private static readonly IReadOnlyDictionary<string, string> NotEditedThroughAForm = new Dictionary<string, string>
    {
        ["IdentityRole"] = "ASP.NET Core Identity's ConcurrencyStamp: the roles are seeded and no page edits them",
    };

    /// <summary>
    /// Rows whose stale save is not yet refused (found by this test, not yet fixed): left out of the run with what happens, so
    /// the gap is on record rather than hidden. Each is listed in docs/security.md as to do.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> NotYetRefused = new Dictionary<string, string>
    {
    };

    [Fact]
    public void every_versioned_record_has_a_row()
    {
        using var scope = factory.Services.CreateScope();
        var versioned = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>().Model.GetEntityTypes()
            .Where(t => t.GetProperties().Any(p => p.IsConcurrencyToken)).Select(t => t.ClrType.Name).Order(StringComparer.Ordinal).ToList();

        var rows = Rows(new Dictionary<string, string>()).Keys.Concat(NotEditedThroughAForm.Keys).ToList();

        Assert.NotEmpty(versioned);
        Assert.True(versioned.Order().SequenceEqual(rows.Order()),
            "Versioned without a row: " + string.Join(", ", versioned.Except(rows)) + ". A row without a versioned entity: " + string.Join(", ", rows.Except(versioned)));
    }

    [Fact]
    public async Task a_save_over_someone_elses_is_refused_with_the_error_summary_keeping_what_was_typed_and_the_first_save_stands()
    {
        // The matrix's records (the closed opportunity in evaluation and its panels, the demo award), made before any row adds records of its own.
        var matrix = await Security.Every_endpoint_declares_who_may_use_it.RouteValues(factory);
        var wrong = new List<string>();
        foreach (var (entity, open) in Rows(matrix).Where(r => !NotYetRefused.ContainsKey(r.Key)))
        {
            var edit = await open();
            var first = await PortalClient.SignedInAsync(factory, edit.First);
            var second = await PortalClient.SignedInAsync(factory, edit.Second);
            var firstForm = ContractForms.Fields(await first.GetDocumentAsync(edit.Page), edit.Action);
            var secondForm = ContractForms.Fields(await second.GetDocumentAsync(edit.Page), edit.Action);
            var (mine, theirs) = edit.Typed ?? ($"{entity}: saved first, by the first to save", $"{entity}: typed second, over the version opened before");

            using var saved = await first.PostFormAsync(edit.Page, edit.Action, Filled(firstForm, edit, mine));
            if (saved.StatusCode != HttpStatusCode.Redirect)
            {
                wrong.Add($"{entity} ({edit.Action}): the first save was not accepted: {(int)saved.StatusCode} {string.Join("; ", (await PortalClient.ParseAsync(saved)).ErrorSummary())}");
                continue;
            }

            using var stale = await second.PostFormAsync(edit.Page, edit.Action, Filled(secondForm, edit, theirs));
            var problems = new List<string>();
            if (stale.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"the stale save was answered {(int)stale.StatusCode} {stale.Headers.Location}, not the form again");
            }
            else
            {
                var page = await PortalClient.ParseAsync(stale);
                if (!page.ErrorSummary().Any(m => m.Contains("after you opened", StringComparison.Ordinal)))
                {
                    problems.Add("the error summary does not say someone changed it after they opened it: " + string.Join("; ", page.ErrorSummary()));
                }

                var shown = page.QuerySelectorAll($"form[action='{edit.Action}'] input, form[action='{edit.Action}'] textarea").FirstOrDefault(e => e.GetAttribute("name") == edit.Field);
                var value = shown?.LocalName == "textarea" ? shown.TextContent.Trim() : shown?.GetAttribute("value");
                if (value != theirs)
                {
                    problems.Add($"{edit.Field} shows \"{value}\", not what they typed");
                }
            }

            var stored = await edit.Stored() ?? "";
            if (edit.Typed is { } typed ? !stored.StartsWith(typed.First.PadLeft(2, '0') + "/", StringComparison.Ordinal)
                : !stored.Contains(mine, StringComparison.Ordinal) || stored.Contains(theirs, StringComparison.Ordinal))
            {
                problems.Add($"the database holds \"{stored}\", not the first person's change");
            }

            wrong.AddRange(problems.Select(p => $"{entity} ({edit.Action}): {p}"));
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Filled(Dictionary<string, string> form, Edit edit, string typed)
    {
        foreach (var (name, value) in edit.With)
        {
            form[name] = value;
        }

        form[edit.Field] = typed;
        return form;
    }
}
