using System.Net;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// The POSTs whose form shows only while a record is in a particular state (a draft submitted for approval, a case waiting for
/// its decision, a withdrawn bid...), or only half way through something (a sign-in waiting for its code, an import's preview):
/// each gets a record put in that state just before it is fuzzed, with the feature tests' own builders, so no earlier form's
/// accepted input can have moved it on.
/// </summary>
public sealed partial class Fuzzing_every_form
{
    private const string Commissioner = "commissioner@example.org";
    private const string Officer = "procurement@example.org";
    private const string ProviderPersona = "provider@example.org";

    /// <summary>
    /// What a form shown only in a state needs: the route values of its record (merged over the matrix's), and where it
    /// matters who fills it, a client of their own (half signed in, say), the page the form is on, or the page itself when
    /// it is the answer to a POST.
    /// </summary>
    private sealed record Arrangement(IReadOnlyDictionary<string, string>? RouteValues = null)
    {
        public string? Email { get; init; }

        public PortalClient? Client { get; init; }

        public string? Page { get; init; }

        public IDocument? Shown { get; init; }
    }

    /// <summary>The POSTs fuzzed on a record of their own, each with how its record is put in the state its form shows in.</summary>
    private Dictionary<string, Func<IReadOnlyDictionary<string, string>, Task<Arrangement>>> Arranged()
    {
        return new()
        {
            ["POST /account/reminders/dismiss"] = async _ =>
            {
                var commissioner = await TestUsers.FindAsync(factory, Commissioner);
                await Reminders.ReminderTestData.AddAsync(factory, commissioner.Id, "Decide on extension 1 of Live Well Leeds", Reminders.ReminderTestData.Today(factory), "/contracts");
                return new();
            },
            ["POST /account/reset-password"] = async _ =>
            {
                var person = await TestUsers.CreateAsync(factory, Roles.Evaluator);
                // Anonymous, with the link the e-mail gives the person when they ask for one (as the feature's tests do).
                var client = PortalClient.For(factory);
                return new() { Email = person.Email, Client = client, Page = await Account.Resetting_a_forgotten_password.LinkAsync(factory, client, person.Email!) };
            },
            ["POST /account/sign-in/code"] = _ => HalfSignedInAsync(),
            ["POST /account/sign-in/recovery-code"] = _ => HalfSignedInAsync(),
            ["POST /account/two-factor/turn-off"] = async _ =>
            {
                // Someone who is no administrator, with two-factor authentication on: the only people the button shows to.
                var person = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner, twoFactor: true);
                return new() { Email = person.Email, Client = await PortalClient.SignedInAsync(factory, person.Email!) };
            },
            // Someone of their own to erase: "abc" is a reason, so an accepted case erases them and the next case needs another.
            ["POST /admin/users/{id}/erase"] = async _ =>
                new(new Dictionary<string, string> { ["/admin/users|id"] = (await TestUsers.CreateAsync(factory, Roles.Evaluator)).Id }),
            ["POST /admin/users/{id}/send-invitation"] = async _ =>
                new(new Dictionary<string, string> { ["/admin/users|id"] = (await TestUsers.CreateAsync(factory, Roles.Evaluator, password: null)).Id }),
            ["POST /contracts/import/confirm"] = async _ =>
            {
                var commissioner = await PortalClient.SignedInAsync(factory, Commissioner);
                var preview = await Contracts.Importing_contracts.Upload(commissioner, Contracts.Importing_contracts.SampleFile);
                return new() { Email = Commissioner, Client = commissioner, Page = "/contracts/import", Shown = preview };
            },
            ["POST /contracts/{id:int}/status"] = async _ =>
                new(new Dictionary<string, string>
                {
                    // A contract not yet live: its overview offers the next stages of delivery.
                    ["/contracts|id"] = Text(await factory.WithDbAsync(db => db.Contracts
                        .Where(c => c.Status == ContractStatus.Awarded || c.Status == ContractStatus.Mobilising || c.Status == ContractStatus.Procuring || c.Status == ContractStatus.Planned)
                        .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync())),
                }),

            // Opportunities: a complete one-lot draft by Grace Okafor (one lot, so the Keep it Local reasons are asked for), as it moves through approval.
            ["POST /procurement/opportunities/{id:int}/lots/reasons"] = async _ => Opportunity(await Opportunities.Demo.ReadyDraftAsync(factory, Title("reasons"))),
            ["POST /procurement/opportunities/{id:int}/lots/{lotId:int}/delete"] = async _ =>
            {
                var id = await Opportunities.Demo.ReadyDraftAsync(factory, Title("a lot removed"));
                var lot = await factory.WithDbAsync(async db =>
                {
                    var o = await db.Opportunities.Include(x => x.Lots).SingleAsync(x => x.Id == id);
                    var added = o.AddLot("Lot to remove", null, 10_000m, []);
                    await db.SaveChangesAsync();
                    return added.Id;
                });
                return Opportunity(id, ("/procurement/opportunities/{id:int}/lots|lotId", lot));
            },
            ["POST /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/delete"] = async _ =>
            {
                var id = await Opportunities.Demo.ReadyDraftAsync(factory, Title("a question removed"));
                var question = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.QualityQuestions).Select(q => q.Id).SingleAsync());
                return Opportunity(id, ("/procurement/opportunities/{id:int}/evaluation/questions|questionId", question));
            },
            ["POST /procurement/opportunities/{id:int}/submit"] = async _ =>
                // Only its author sees "Submit for approval".
                Opportunity(await Opportunities.Demo.ReadyDraftAsync(factory, Title("submission"))) with { Email = Officer },
            ["POST /procurement/opportunities/{id:int}/withdraw"] = async _ =>
                // Only its author sees "Withdraw the submission".
                Opportunity(await SubmittedForApprovalAsync("withdrawal")) with { Email = Officer },
            ["POST /procurement/opportunities/{id:int}/return"] = async _ => Opportunity(await SubmittedForApprovalAsync("return")),
            ["POST /procurement/opportunities/{id:int}/return-to-draft"] = async _ => Opportunity(await Opportunities.Demo.ApprovedAsync(factory, Title("return to draft"))),
            ["POST /procurement/opportunities/{id:int}/opening/record"] = values =>
                // The open opportunity: published, its bids not opened (its deadline not passed, so the opening is refused, whatever is typed).
                Task.FromResult(new Arrangement(new Dictionary<string, string> { ["/procurement/opportunities/{id:int}/opening|id"] = values["/opportunities|id"] })),

            // The award: an opportunity of its own for each form, taken through evaluation (bids, a panel, scoring, moderation) to the
            // step its form shows at: every bid moderated and none recommended; the officer's recommendation waiting for the director
            // (who decides: nobody decides their own); approved, its contract award notice recorded and its standstill over by the fake
            // clock's today, the whole award dated about forty days back (the clock is not moved: every other form's record and sign-in
            // is as it was).
            ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/recommend"] = async _ =>
            {
                var (id, lot, _) = await Award.Awards.ModeratedOfItsOwnAsync(factory, Title("recommendation"));
                return AwardOf(id, lot);
            },
            ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/decide"] = async _ =>
            {
                var (id, lot, bids) = await Award.Awards.ModeratedOfItsOwnAsync(factory, Title("decision"));
                await Award.Awards.RecommendAsync(factory, id, lot, bids[Award.Awards.Lead], factory.Clock.GetUtcNow().UtcDateTime);
                return AwardOf(id, lot);
            },
            ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/create-contract"] = async _ =>
            {
                var now = factory.Clock.GetUtcNow().UtcDateTime;
                var (id, lot, bids) = await Award.Awards.ModeratedOfItsOwnAsync(factory, Title("contract"), daysAgo: 42);
                var award = await Award.Awards.RecommendAsync(factory, id, lot, bids[Award.Awards.Lead], now.AddDays(-41));
                await Award.Awards.ApproveAsync(factory, id, lot, award, now.AddDays(-40));
                var ends = await Award.Awards.NoticeRecordedAsync(factory, award);
                return ends < factory.Clock.UkToday() ? AwardOf(id, lot)
                    : throw new InvalidOperationException($"The standstill ends on {ends:d MMMM yyyy}: not over by the fake clock's today");
            },

            // Bids: the provider persona's own, on the open opportunity (lot 1 a draft, lot 2 sent, as the matrix made them).
            ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/check-answers"] = async values =>
            {
                var provider = await PortalClient.SignedInAsync(factory, ProviderPersona);
                var (id, lot) = (Id(values, "/opportunities|id"), Id(values, "/opportunities/{id:int}/lots/{lotId:int}/bid/check-answers|lotId"));
                // Sent by an accepted case ("Accept and send" takes no input but the version): withdrawn and reopened, a draft again.
                var bid = $"/opportunities/{id}/lots/{lot}/bid";
                foreach (var step in new[] { "withdraw", "reopen" })
                {
                    if ((await provider.GetDocumentAsync(bid)).QuerySelector($"form[action='{bid}/{step}']") is not null)
                    {
                        Check(await provider.PostFormAsync(bid, $"{bid}/{step}", []));
                    }
                }

                // Earlier forms saved hostile drafts over it: a complete draft again, so its check answers page shows.
                Check(await Opportunities.Demo.SubmitBidAsync(provider, id, lot, "Drop-ins in every ward.", command: "save"));
                return new() { Email = ProviderPersona, Client = provider };
            },
            ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/reopen"] = async values =>
            {
                var provider = await PortalClient.SignedInAsync(factory, ProviderPersona);
                var bid = $"/opportunities/{values["/opportunities|id"]}/lots/{values["/opportunities/{id:int}/lots/{lotId:int}/bid/reopen|lotId"]}/bid";
                if ((await provider.GetDocumentAsync(bid)).QuerySelector($"form[action='{bid}/reopen']") is null)
                {
                    Check(await provider.PostFormAsync(bid, $"{bid}/withdraw", []));
                }

                return new() { Email = ProviderPersona, Client = provider };
            },

            // Scoring: panels of their own on the matrix's opened lot, each member's sheet as far on as the form needs.
            ["POST /scoring/panels/{panelId:int}/declare"] = async values =>
                Panel(await Evaluation.Evaluations.PanelAsync(factory, Id(values, "/procurement/opportunities/{id:int}/bids|id"), await OpenedLotAsync(values),
                    PanelName("declaration"), [Commissioner, Officer], declare: false)),
            ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/submit"] = async values =>
            {
                var panel = await Evaluation.Evaluations.PanelAsync(factory, Id(values, "/procurement/opportunities/{id:int}/bids|id"), await OpenedLotAsync(values),
                    PanelName("submission"), [Commissioner, Officer], declare: true);
                await Evaluation.Evaluations.ScoreAsync(factory, panel, Id(values, "/scoring|bidId"), Commissioner, submit: false);
                return Panel(panel);
            },
            // Only the chair moderates.
            ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate"] = async values =>
                Panel(await ScoredPanelAsync(values, PanelName("moderation"), moderated: false)) with { Email = Commissioner },
            ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate/confirm"] = async values =>
                Panel(await ScoredPanelAsync(values, PanelName("confirmation"), moderated: true)) with { Email = Commissioner },

            // Decommissioning: a case of its own for each form (and again after each accepted case), on a copy of its contract (a contract
            // has one case at a time), taken on as the form needs it: complete, ready to submit (its check answers page shows the
            // declaration only then); submitted for the director's decision; approved.
            ["POST /decommissioning/{id:int}/check-answers"] = async _ => Case(await CompleteCaseAsync()),
            ["POST /decommissioning/{id:int}/decide"] = async _ => Case(await SubmittedAsync(await CompleteCaseAsync())),
            ["POST /decommissioning/{id:int}/decommission"] = async _ =>
            {
                var id = await SubmittedAsync(await CompleteCaseAsync());
                var director = await PortalClient.SignedInAsync(factory, "director@example.org");
                Check(await director.PostFormAsync($"/decommissioning/{id}/decide", $"/decommissioning/{id}/decide",
                    new() { ["Outcome"] = "approve", ["Reasons"] = "The hubs offer the same support closer to home" }));
                return Case(id);
            },

            // Monitoring: the provider persona's late draft return; a measure nobody has reported against yet.
            ["POST /monitoring/returns/{id:int}"] = async values => Return(await DraftReturnAsync(values)) with { Email = ProviderPersona },
            ["POST /monitoring/returns/{id:int}/submit"] = async values =>
            {
                var id = await DraftReturnAsync(values);
                var provider = await PortalClient.SignedInAsync(factory, ProviderPersona);
                var answers = await Monitoring.MonitoringTestData.CompleteAnswersAsync(factory, id);
                answers["Next"] = "continue";
                Check(await provider.PostFormAsync($"/monitoring/returns/{id}", $"/monitoring/returns/{id}", answers));
                return Return(id) with { Email = ProviderPersona, Client = provider, Page = $"/monitoring/returns/{id}/check-answers" };
            },
            ["POST /monitoring/contracts/{id:int}/plan/measures/{number:int}/remove"] = async values =>
            {
                var contract = Id(values, "/monitoring/contracts|id");
                var number = await factory.WithDbAsync(async db =>
                {
                    var plan = await db.MonitoringPlans.Include(p => p.Measures).SingleAsync(p => p.ContractId == contract);
                    var measure = plan.AddMeasure(OutcomeQuestion.HowWell, "Carers who felt listened to", "people", 40m, MeasureDirection.HigherIsBetter, MeasureAggregation.Total);
                    await db.SaveChangesAsync();
                    return measure.Number;
                });
                return new(new Dictionary<string, string> { ["/monitoring/contracts/{id:int}/plan/measures|number"] = Text(number) });
            },

            // The forward plan: an intention not on the public forward plan.
            ["POST /pipeline/forward-plan/{id:int}/publish"] = async _ =>
                new(new Dictionary<string, string>
                {
                    ["/pipeline/forward-plan|id"] = Text(await factory.WithDbAsync(async db =>
                    {
                        var intention = await db.ForwardPlanIntentions.OrderBy(i => i.IsPublished).ThenBy(i => i.Id).FirstAsync();
                        if (intention.IsPublished)
                        {
                            intention.Unpublish(factory.Clock.GetUtcNow().UtcDateTime);
                            await db.SaveChangesAsync();
                        }

                        return intention.Id;
                    })),
                }),
        };
    }

    private static string Text(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int Id(IReadOnlyDictionary<string, string> values, string key) => int.Parse(values[key], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A panel name of its own: the builder makes a panel once per name, and a form's record made again needs a new panel.</summary>
    private static string PanelName(string what) => $"Fuzzing: {what} {Guid.NewGuid().ToString("N")[..6]}";

    private static string Title(string what) => $"Carers' breaks: fuzzing the {what} {Guid.NewGuid().ToString("N")[..6]}";

    private static Arrangement Opportunity(int id, params (string Key, int Value)[] more) =>
        new(new Dictionary<string, string>(more.Select(m => new KeyValuePair<string, string>(m.Key, Text(m.Value))))
        {
            ["/procurement/opportunities|id"] = Text(id),
        });

    private static Arrangement AwardOf(int id, int lotId) => new(new Dictionary<string, string>
    {
        ["/procurement/opportunities/{id:int}/award|id"] = Text(id),
        ["/procurement/opportunities/{id:int}/award|lotId"] = Text(lotId),
    });

    private static Arrangement Case(int id) => new(new Dictionary<string, string> { ["/decommissioning|id"] = Text(id) });

    private static Arrangement Return(int id) => new(new Dictionary<string, string> { ["/monitoring/returns|id"] = Text(id) });

    /// <summary>
    /// The matrix's draft return (Live Well Leeds' late one), which the provider persona sees while their organisation leads the
    /// contract: led by it again if the fuzzing of the contract's providers form left it with none ("fields missing" is accepted:
    /// the form lets a contract have no providers yet).
    /// </summary>
    private async Task<int> DraftReturnAsync(IReadOnlyDictionary<string, string> values)
    {
        var id = Id(values, "/monitoring/returns|id");
        var providerId = (await TestUsers.FindAsync(factory, ProviderPersona)).ProviderId;
        await factory.WithDbAsync(async db =>
        {
            var contractId = await db.QuarterlyReturns.Where(r => r.Id == id).Select(r => r.ContractId).SingleAsync();
            var contract = await db.Contracts.Include(c => c.Providers).ThenInclude(p => p.Provider).SingleAsync(c => c.Id == contractId);
            if (contract.LeadProviderId == providerId)
            {
                return 0;
            }

            contract.SetProviders([new ContractProviderLine(await db.Providers.SingleAsync(p => p.Id == providerId), ProviderRole.Lead)]);
            return await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>The panel in every scoring route, the moderation pages' too (the matrix gives those a panel chaired by no persona).</summary>
    private static Arrangement Panel(int id) => new(new Dictionary<string, string>
    {
        ["/scoring|panelId"] = Text(id),
        ["/scoring/panels/{panelId:int}/bids/{bidId:int}/moderate|panelId"] = Text(id),
    });

    private static void Check(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Putting a record in its state failed: {(int)response.StatusCode} from {response.RequestMessage?.RequestUri}");
        }
    }

    /// <summary>Someone with two-factor authentication on, who has given their password and not yet their code.</summary>
    private async Task<Arrangement> HalfSignedInAsync()
    {
        var person = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner, twoFactor: true);
        var client = PortalClient.For(factory);
        using var response = await client.SignInAsync(person.Email!, PortalClient.DemoPassword);
        return new() { Email = person.Email, Client = client };
    }

    /// <summary>A ready draft by Grace Okafor, submitted for approval by her (with the feature's own button).</summary>
    private async Task<int> SubmittedForApprovalAsync(string what)
    {
        var id = await Opportunities.Demo.ReadyDraftAsync(factory, Title(what));
        var officer = await PortalClient.SignedInAsync(factory, Officer);
        Check(await officer.PostFormAsync($"/procurement/opportunities/{id}/submit", $"/procurement/opportunities/{id}/submit", []));
        return id;
    }

    /// <summary>
    /// A case on a copy of Learning disability day opportunities (<see cref="DayOpportunitiesAgainAsync"/>), complete, given notice and
    /// signed off, ready to submit (as the feature tests make it).
    /// </summary>
    private async Task<int> CompleteCaseAsync()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, Commissioner);
        var id = await Decommissioning.CaseSteps.StartAsync(commissioner, await DayOpportunitiesAgainAsync());
        await Decommissioning.CaseSteps.CompleteAsync(commissioner, id);
        await Decommissioning.CaseSteps.GiveNoticeAsync(commissioner, factory, id, reason: "The hubs open in April; the council's budget was set in November");
        await Decommissioning.CaseSteps.JointSignOffAsync(commissioner, id);
        return id;
    }

    /// <summary>
    /// A live copy of Learning disability day opportunities under a reference of its own: the same term, value, providers (Leeds
    /// Mencap leading, three more third-sector organisations, so Compact notices are due) and joint funding, so the feature tests'
    /// steps fill its case in as they fill in the original's. A contract has one case at a time (refused ones aside), and an
    /// accepted decommissioning ends it: each case needs a contract of its own.
    /// </summary>
    private Task<int> DayOpportunitiesAgainAsync() => factory.WithDbAsync(async db =>
    {
        var original = await db.Contracts.Include(c => c.Funding).Include(c => c.Providers).ThenInclude(p => p.Provider).AsSplitQuery()
            .SingleAsync(c => c.Reference == Decommissioning.CaseSteps.DayOpportunities);
        var copy = new Contract($"FUZZ-{Guid.NewGuid().ToString("N")[..8]}".ToUpperInvariant(), original.Title, original.ServiceArea, original.CommissioningOrganisationId,
            original.AgreementType, original.PaymentMechanism, original.ProcurementRoute, original.StartDate, original.InitialEndDate, original.AnnualValue);
        copy.SetProviders(original.Providers.Select(p => new ContractProviderLine(p.Provider, p.Role, p.AnnualShare)));
        copy.SetFunding(original.Funding.Select(f => new FundingLine(f.FunderOrganisationId, f.PartnerName, f.Stream, f.AnnualAmount)));
        foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
        {
            copy.Advance(step);
        }

        db.Contracts.Add(copy);
        await db.SaveChangesAsync();
        return copy.Id;
    });

    /// <summary>The case submitted for a decision with its check answers page's button.</summary>
    private async Task<int> SubmittedAsync(int id)
    {
        var commissioner = await PortalClient.SignedInAsync(factory, Commissioner);
        Check(await commissioner.PostFormAsync($"/decommissioning/{id}/check-answers", $"/decommissioning/{id}/check-answers", []));
        return id;
    }

    /// <summary>The lot of the matrix's opened bid (on the closed opportunity, in evaluation).</summary>
    private Task<int> OpenedLotAsync(IReadOnlyDictionary<string, string> values)
    {
        var bid = Id(values, "/scoring|bidId");
        return factory.WithDbAsync(db => db.Set<LeedsCommissioning.Domain.Opportunities.Bid>().Where(b => b.Id == bid).Select(b => b.LotId).SingleAsync());
    }

    /// <summary>
    /// A panel chaired by the commissioner with the procurement officer, both free of conflict, both sheets on the opened bid submitted;
    /// with <paramref name="moderated"/> the chair's moderation drafted in full. Not the matrix's moderation panel: its chair (the matrix's
    /// target user) is a person the fuzzing of the administrators' forms on people changes before the forms fuzzed on a record of their own come.
    /// </summary>
    private async Task<int> ScoredPanelAsync(IReadOnlyDictionary<string, string> values, string name, bool moderated)
    {
        var bid = Id(values, "/scoring|bidId");
        var panel = await Evaluation.Evaluations.PanelAsync(factory, Id(values, "/procurement/opportunities/{id:int}/bids|id"), await OpenedLotAsync(values), name, [Commissioner, Officer], declare: true);
        await Evaluation.Evaluations.ScoreAsync(factory, panel, bid, Commissioner, submit: true);
        await Evaluation.Evaluations.ScoreAsync(factory, panel, bid, Officer, submit: true);
        if (moderated)
        {
            await Evaluation.Evaluations.ModerationDraftAsync(factory, panel, bid);
        }

        return panel;
    }
}
