using System.Net;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// Object-level authorisation (OWASP ASVS 4.2.1): the matrix proves who may use a route at all; this proves that someone who
/// may use a route with an id cannot use it on a record that is not theirs. Every route with an id must have a row saying
/// how to find "a record of another owner" (another provider's contract, return, document, attachment, letter or
/// organisation; a panel an evaluator does not sit on; a child record under a parent it does not belong to) and who asks for
/// it, or why no rule of ownership applies; a new route with an id fails the first test until it has one. Each attempt must
/// be answered 403 or 404, and a POST must leave every table of the database as it was.
/// </summary>
public sealed class Every_route_with_an_id_keeps_to_its_owners(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Provider = "provider@example.org";
    private const string Commissioner = "commissioner@example.org";
    private const string Officer = "procurement@example.org";
    private const string Director = "director@example.org";
    private const string Evaluator = "evaluator@example.org";

    /// <summary>Route parameters that name no record: an error page's status code, a chart's name, a row's number within its contract.</summary>
    private static readonly IReadOnlySet<string> NotIds = new HashSet<string>(StringComparer.Ordinal) { "code", "chart", "number" };

    /// <summary>Someone the matrix lets use the route, asking for a record that is not theirs (route values by parameter name).</summary>
    public sealed record Attempt(string Email, string Whose, Func<Others, IReadOnlyDictionary<string, string>> Values);

    /// <summary>How a route with an id keeps to its owners: the attempts that must be refused, or why no rule of ownership applies.</summary>
    public sealed record Rule(string? NotOwnerScopedBecause, IReadOnlyList<Attempt> Attempts)
    {
        public static Rule Refuses(params Attempt[] attempts) => new(null, attempts);

        public static Rule NotOwnerScoped(string because) => new(because, []);
    }

    /// <summary>Records that belong to someone other than the persona asking (ids).</summary>
    public sealed record Others(
        int OwnContract, int ContractNotTheirs, int DocumentOfContractNotTheirs, int OtherProvider, int ReturnNotTheirs,
        int OpenOpportunity, int OpenLot, int SealedBidOfAnotherProvider, int AttachmentOfAnotherProvider, int LetterToAnotherProvider,
        int DraftOpportunity, int QualityQuestionOfOpen, int ClarificationQuestionOfOpen,
        int ClosedOpportunity, int ClosedLot, int OpenedBid, int AwardedOpportunity,
        int PanelWithTheEvaluator, int PanelWithoutTheEvaluator, int KpiOfAnotherContract, int ChangeOfOwnContract);

    private static IReadOnlyDictionary<string, string> V(params (string Name, int Id)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static Attempt AnotherProvidersContract(Func<Others, IReadOnlyDictionary<string, string>>? values = null) =>
        new Attempt(Provider, "a contract its organisation takes no part in", values ?? (o => V(("id", o.ContractNotTheirs))));

    private static Attempt AnotherProvidersReturn() => new Attempt(Provider, "a quarterly return of a contract another provider leads", o => V(("id", o.ReturnNotTheirs)));

    private static Attempt AnotherProvidersOrganisation() => new Attempt(Provider, "another provider's organisation", o => V(("providerId", o.OtherProvider)));

    private static Attempt LotOfAnotherOpportunity() =>
        new Attempt(Provider, "a lot of another opportunity under the open one (its own bid is found by its provider, never by an id)", o => V(("id", o.OpenOpportunity), ("lotId", o.ClosedLot)));

    private static Attempt AnotherProvidersAttachment() =>
        new Attempt(Provider, "another provider's bid attachment, under its own lot", o => V(("id", o.OpenOpportunity), ("lotId", o.OpenLot), ("attachmentId", o.AttachmentOfAnotherProvider)));

    private static Attempt KpiOfAnotherContract() =>
        new Attempt(Commissioner, "another contract's indicator under Live Well Leeds", o => V(("id", o.OwnContract), ("kpiId", o.KpiOfAnotherContract)));

    private static Attempt AwardOfAnotherOpportunitysLot(string email) =>
        new Attempt(email, "a lot of another opportunity under the awarded one", o => V(("id", o.AwardedOpportunity), ("lotId", o.ClosedLot)));

    private static Attempt[] ScoringOutsideThePanel() =>
    [
        new Attempt(Evaluator, "a panel the evaluator does not sit on", o => V(("panelId", o.PanelWithoutTheEvaluator), ("bidId", o.OpenedBid))),
        new Attempt(Evaluator, "a sealed bid of another opportunity under the evaluator's own panel", o => V(("panelId", o.PanelWithTheEvaluator), ("bidId", o.SealedBidOfAnotherProvider))),
    ];

    private static readonly Rule Public = Rule.NotOwnerScoped(
        "public: a published opportunity and its published answers, which never name who asked; a draft is 404 outside procurement (Opportunities/Provider_isolation)");

    private static readonly Rule ProvidersOwnAct = Rule.NotOwnerScoped(
        "the interest or question made is the signed-in provider's own (its provider comes from the sign-in, not the route) on a published opportunity anyone may read");

    /// <summary>
    /// Every route with an id but those only staff may use on a single top-level record (see <see cref="StaffOnlyRecord"/>).
    /// Keys as in the authorisation matrix.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Rule> Rules = new Dictionary<string, Rule>
    {
        // Providers: a provider user reads and changes only its own organisation
        ["GET /providers/{providerId:int}"] = Rule.Refuses(AnotherProvidersOrganisation()),
        ["GET /providers/{providerId:int}/profile"] = Rule.Refuses(AnotherProvidersOrganisation()),
        ["POST /providers/{providerId:int}/profile"] = Rule.Refuses(AnotherProvidersOrganisation()),

        // Contracts: a provider user opens only contracts its organisation takes part in (ContractAccess.VisibleTo)
        ["GET /contracts/{id:int}"] = Rule.Refuses(AnotherProvidersContract()),
        ["GET /contracts/{id:int}/funding"] = Rule.Refuses(AnotherProvidersContract()),
        ["GET /contracts/{id:int}/term"] = Rule.Refuses(AnotherProvidersContract()),
        ["GET /contracts/{id:int}/providers"] = Rule.Refuses(AnotherProvidersContract()),
        ["GET /contracts/{id:int}/documents"] = Rule.Refuses(AnotherProvidersContract()),
        ["GET /contracts/{id:int}/monitoring"] = Rule.Refuses(AnotherProvidersContract()),
        ["GET /contracts/{id:int}/performance"] = Rule.Refuses(AnotherProvidersContract()),
        ["GET /contracts/{id:int}/documents/{documentId:int}"] = Rule.Refuses(
            AnotherProvidersContract(o => V(("id", o.ContractNotTheirs), ("documentId", o.DocumentOfContractNotTheirs))),
            new Attempt(Provider, "another contract's document under its own contract", o => V(("id", o.OwnContract), ("documentId", o.DocumentOfContractNotTheirs))),
            new Attempt(Commissioner, "another contract's document under Live Well Leeds", o => V(("id", o.OwnContract), ("documentId", o.DocumentOfContractNotTheirs)))),
        ["POST /contracts/{id:int}/documents/{documentId:int}/delete"] = Rule.Refuses(
            new Attempt(Commissioner, "another contract's document under Live Well Leeds", o => V(("id", o.OwnContract), ("documentId", o.DocumentOfContractNotTheirs)))),
        ["GET /contracts/{id:int}/performance/kpis/{kpiId:int}/change"] = Rule.Refuses(KpiOfAnotherContract()),
        ["POST /contracts/{id:int}/performance/kpis/{kpiId:int}/change"] = Rule.Refuses(KpiOfAnotherContract()),
        ["GET /contracts/{id:int}/performance/kpis/{kpiId:int}/remove"] = Rule.Refuses(KpiOfAnotherContract()),
        ["POST /contracts/{id:int}/performance/kpis/{kpiId:int}/remove"] = Rule.Refuses(KpiOfAnotherContract()),
        ["GET /contracts/{id:int}/performance/kpis/{kpiId:int}/rate"] = Rule.Refuses(KpiOfAnotherContract()),
        ["POST /contracts/{id:int}/performance/kpis/{kpiId:int}/rate"] = Rule.Refuses(KpiOfAnotherContract()),
        ["GET /contracts/{id:int}/changes/{changeId:int}/decide"] = Rule.Refuses(
            new Attempt(Director, "Live Well Leeds' variation under another contract", o => V(("id", o.ContractNotTheirs), ("changeId", o.ChangeOfOwnContract)))),
        ["POST /contracts/{id:int}/changes/{changeId:int}/decide"] = Rule.Refuses(
            new Attempt(Director, "Live Well Leeds' variation under another contract", o => V(("id", o.ContractNotTheirs), ("changeId", o.ChangeOfOwnContract)))),
        ["GET /contracts/{id:int}/changes/{changeId:int}/uk10-notice"] = Rule.Refuses(
            new Attempt(Commissioner, "Live Well Leeds' variation under another contract", o => V(("id", o.ContractNotTheirs), ("changeId", o.ChangeOfOwnContract)))),

        // Quarterly returns: only the lead provider's users
        ["GET /monitoring/returns/{id:int}"] = Rule.Refuses(AnotherProvidersReturn()),
        ["POST /monitoring/returns/{id:int}"] = Rule.Refuses(AnotherProvidersReturn()),
        ["GET /monitoring/returns/{id:int}/check-answers"] = Rule.Refuses(AnotherProvidersReturn()),
        ["POST /monitoring/returns/{id:int}/submit"] = Rule.Refuses(AnotherProvidersReturn()),

        // Opportunities and bids
        ["GET /opportunities/{id:int}"] = Public,
        ["GET /opportunities/{id:int}/clarifications/export.csv"] = Public,
        ["GET /opportunities/{id:int}/clarifications/export.xlsx"] = Public,
        ["POST /opportunities/{id:int}/register-interest"] = ProvidersOwnAct,
        ["GET /opportunities/{id:int}/ask"] = ProvidersOwnAct,
        ["POST /opportunities/{id:int}/ask"] = ProvidersOwnAct,
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid"] = Rule.Refuses(LotOfAnotherOpportunity()),
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid"] = Rule.Refuses(LotOfAnotherOpportunity()),
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/withdraw"] = Rule.Refuses(LotOfAnotherOpportunity()),
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/reopen"] = Rule.Refuses(LotOfAnotherOpportunity()),
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/attachments"] = Rule.Refuses(LotOfAnotherOpportunity()),
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid/receipt"] = Rule.Refuses(LotOfAnotherOpportunity()),
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid/check-answers"] = Rule.Refuses(LotOfAnotherOpportunity()),
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/check-answers"] = Rule.Refuses(LotOfAnotherOpportunity()),
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid/confirmation"] = Rule.Refuses(LotOfAnotherOpportunity()),
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid/attachments/{attachmentId:int}"] = Rule.Refuses(AnotherProvidersAttachment()),
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/attachments/{attachmentId:int}/delete"] = Rule.Refuses(AnotherProvidersAttachment()),
        ["GET /outcome-letters/{id:int}"] = Rule.Refuses(new Attempt(Provider, "the outcome letter to another provider", o => V(("id", o.LetterToAnotherProvider)))),

        // Procurement: a child record under a parent it does not belong to, and a bid that is still sealed
        ["GET /procurement/opportunities/{id:int}/lots/{lotId:int}/edit"] = Rule.Refuses(LotOfOpenUnderDraft()),
        ["POST /procurement/opportunities/{id:int}/lots/{lotId:int}/edit"] = Rule.Refuses(LotOfOpenUnderDraft()),
        ["POST /procurement/opportunities/{id:int}/lots/{lotId:int}/delete"] = Rule.Refuses(LotOfOpenUnderDraft()),
        ["GET /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/edit"] = Rule.Refuses(QuestionOfOpenUnderDraft()),
        ["POST /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/edit"] = Rule.Refuses(QuestionOfOpenUnderDraft()),
        ["POST /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/delete"] = Rule.Refuses(QuestionOfOpenUnderDraft()),
        ["GET /procurement/opportunities/{id:int}/questions/{questionId:int}/answer"] = Rule.Refuses(ClarificationOfOpenUnderClosed()),
        ["POST /procurement/opportunities/{id:int}/questions/{questionId:int}/answer"] = Rule.Refuses(ClarificationOfOpenUnderClosed()),
        ["GET /procurement/opportunities/{id:int}/bids/{bidId:int}"] = Rule.Refuses(
            new Attempt(Officer, "an opened bid of another opportunity", o => V(("id", o.AwardedOpportunity), ("bidId", o.OpenedBid))),
            new Attempt(Officer, "a bid still sealed before its deadline", o => V(("id", o.OpenOpportunity), ("bidId", o.SealedBidOfAnotherProvider)))),
        ["GET /procurement/opportunities/{id:int}/bids/{bidId:int}/attachments/{attachmentId:int}"] = Rule.Refuses(
            new Attempt(Officer, "a sealed bid's attachment under an opened bid", o => V(("id", o.ClosedOpportunity), ("bidId", o.OpenedBid), ("attachmentId", o.AttachmentOfAnotherProvider))),
            new Attempt(Officer, "the attachment of a bid still sealed before its deadline", o => V(("id", o.OpenOpportunity), ("bidId", o.SealedBidOfAnotherProvider), ("attachmentId", o.AttachmentOfAnotherProvider)))),
        ["GET /procurement/opportunities/{id:int}/award/lots/{lotId:int}/recommend"] = Rule.Refuses(AwardOfAnotherOpportunitysLot(Officer)),
        ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/recommend"] = Rule.Refuses(AwardOfAnotherOpportunitysLot(Officer)),
        ["GET /procurement/opportunities/{id:int}/award/lots/{lotId:int}/decide"] = Rule.Refuses(AwardOfAnotherOpportunitysLot(Director)),
        ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/decide"] = Rule.Refuses(AwardOfAnotherOpportunitysLot(Director)),
        ["GET /procurement/opportunities/{id:int}/award/lots/{lotId:int}/contract-award-notice"] = Rule.Refuses(AwardOfAnotherOpportunitysLot(Officer)),
        ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/contract-award-notice"] = Rule.Refuses(AwardOfAnotherOpportunitysLot(Officer)),
        ["GET /procurement/opportunities/{id:int}/award/lots/{lotId:int}/create-contract"] = Rule.Refuses(AwardOfAnotherOpportunitysLot(Officer)),
        ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/create-contract"] = Rule.Refuses(AwardOfAnotherOpportunitysLot(Officer)),
        ["GET /procurement/opportunities/{id:int}/panels/{panelId:int}/edit"] = Rule.Refuses(PanelOfClosedUnderAwarded()),
        ["POST /procurement/opportunities/{id:int}/panels/{panelId:int}/edit"] = Rule.Refuses(PanelOfClosedUnderAwarded()),

        // Scoring and moderation: only the panels one sits on (moderation: chairs), only the bids of the panel's lot
        ["GET /scoring/panels/{panelId:int}/declare"] = Rule.Refuses(new Attempt(Evaluator, "a panel the evaluator does not sit on", o => V(("panelId", o.PanelWithoutTheEvaluator)))),
        ["POST /scoring/panels/{panelId:int}/declare"] = Rule.Refuses(new Attempt(Evaluator, "a panel the evaluator does not sit on", o => V(("panelId", o.PanelWithoutTheEvaluator)))),
        ["GET /scoring/panels/{panelId:int}/bids/{bidId:int}"] = Rule.Refuses(ScoringOutsideThePanel()),
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}"] = Rule.Refuses(ScoringOutsideThePanel()),
        ["GET /scoring/panels/{panelId:int}/bids/{bidId:int}/submit"] = Rule.Refuses(ScoringOutsideThePanel()),
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/submit"] = Rule.Refuses(ScoringOutsideThePanel()),
        ["GET /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate"] = Rule.Refuses(ModeratingWithoutChairing()),
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate"] = Rule.Refuses(ModeratingWithoutChairing()),
        ["GET /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate/confirm"] = Rule.Refuses(ModeratingWithoutChairing()),
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate/confirm"] = Rule.Refuses(ModeratingWithoutChairing()),
    };

    private static Attempt LotOfOpenUnderDraft() =>
        new Attempt(Officer, "a lot of the open opportunity under the draft one", o => V(("id", o.DraftOpportunity), ("lotId", o.OpenLot)));

    private static Attempt QuestionOfOpenUnderDraft() =>
        new Attempt(Officer, "a quality question of the open opportunity under the draft one", o => V(("id", o.DraftOpportunity), ("questionId", o.QualityQuestionOfOpen)));

    private static Attempt ClarificationOfOpenUnderClosed() =>
        new Attempt(Officer, "a provider's clarification question on the open opportunity under the closed one", o => V(("id", o.ClosedOpportunity), ("questionId", o.ClarificationQuestionOfOpen)));

    private static Attempt PanelOfClosedUnderAwarded() =>
        new Attempt(Officer, "a panel of another opportunity", o => V(("id", o.AwardedOpportunity), ("panelId", o.PanelWithTheEvaluator)));

    private static Attempt[] ModeratingWithoutChairing() =>
    [
        new Attempt(Evaluator, "a panel the evaluator sits on but does not chair", o => V(("panelId", o.PanelWithTheEvaluator), ("bidId", o.OpenedBid))),
        new Attempt(Evaluator, "a panel the evaluator does not sit on", o => V(("panelId", o.PanelWithoutTheEvaluator), ("bidId", o.OpenedBid))),
    ];

    /// <summary>The id parameters of a route (parameters that name a record).</summary>
    private static IReadOnlyList<string> Ids(MappedEndpoint endpoint) =>
        endpoint.Endpoint.RoutePattern.Parameters.Select(p => p.Name).Where(n => !NotIds.Contains(n)).ToList();

    /// <summary>
    /// A route only staff may use (no provider user, evaluator or anonymous visitor), on one top-level record: every member of
    /// staff the matrix lets in may use it on every record, since no rule restricts staff by organisation (the commissioning
    /// organisation in a member of staff's sign-in decides no access), so there is no "someone else's record" to ask for.
    /// </summary>
    private static bool StaffOnlyRecord(MappedEndpoint endpoint) =>
        Ids(endpoint).Count == 1
        && Every_endpoint_declares_who_may_use_it.Expected.TryGetValue(endpoint.Key, out var who)
        && who.All(Roles.Staff.Contains);

    [Fact]
    public void every_route_with_an_id_says_whose_records_it_serves()
    {
        var withIds = MappedEndpoint.All(factory.Services).Where(e => Ids(e).Count > 0).ToList();

        var undeclared = withIds.Where(e => !Rules.ContainsKey(e.Key) && !StaffOnlyRecord(e)).Select(e => e.Key).ToList();
        var gone = Rules.Keys.Except(withIds.Select(e => e.Key)).ToList();
        var needless = withIds.Where(e => Rules.ContainsKey(e.Key) && StaffOnlyRecord(e)).Select(e => e.Key).ToList();

        Assert.True(undeclared.Count == 0 && gone.Count == 0 && needless.Count == 0,
            (undeclared.Count == 0 ? "" : "These routes with an id have no ownership rule: add a row to Rules saying how to ask for a record "
                + "that is not the persona's, or why none applies:\n  " + string.Join("\n  ", undeclared) + "\n")
            + (gone.Count == 0 ? "" : "These rows name routes the app no longer maps:\n  " + string.Join("\n  ", gone) + "\n")
            + (needless.Count == 0 ? "" : "These rows are for staff-only routes on one record, which need none:\n  " + string.Join("\n  ", needless)));
    }

    [Fact]
    public void every_attempt_is_made_by_someone_the_matrix_lets_use_the_route()
    {
        var wrong = Rules.SelectMany(r => r.Value.Attempts.Select(a => (r.Key, a)))
            .Where(x => !Every_endpoint_declares_who_may_use_it.Expected[x.Key].Contains(DemoData.Accounts.Single(d => d.Email == x.a.Email).Role))
            .Select(x => $"{x.Key}: {x.a.Email} may not use it at all, so the attempt proves nothing").ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task nobody_reaches_a_record_that_is_not_theirs_and_a_refused_post_changes_nothing()
    {
        var values = await Every_endpoint_declares_who_may_use_it.RouteValues(factory);
        var others = await OthersAsync(values);
        var clients = new Dictionary<string, (PortalClient Client, string Token)>();
        var wrong = new List<string>();
        var tried = 0;
        foreach (var endpoint in MappedEndpoint.All(factory.Services).Where(e => Rules.ContainsKey(e.Key)))
        {
            foreach (var attempt in Rules[endpoint.Key].Attempts)
            {
                if (!clients.TryGetValue(attempt.Email, out var signedIn))
                {
                    var client = await PortalClient.SignedInAsync(factory, attempt.Email);
                    var home = await client.GetDocumentAsync("/");
                    clients[attempt.Email] = signedIn = (client, home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
                }

                var url = endpoint.Url(Every_endpoint_declares_who_may_use_it.Merge(values,
                    attempt.Values(others).ToDictionary(v => $"{endpoint.Key}|{v.Key}", v => v.Value)));
                var before = endpoint.RequestMethod == HttpMethod.Post ? await DatabaseFingerprint.TakeAsync(factory) : null;
                using var request = new HttpRequestMessage(endpoint.RequestMethod, url);
                if (endpoint.RequestMethod == HttpMethod.Post)
                {
                    request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", signedIn.Token)]);
                }

                using var response = await signedIn.Client.Http.SendAsync(request);
                tried++;
                if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
                {
                    wrong.Add($"{endpoint.Method} {url} as {attempt.Email} ({attempt.Whose}): expected 403 or 404, got {(int)response.StatusCode} {response.Headers.Location}");
                }

                if (before is not null && (await DatabaseFingerprint.TakeAsync(factory)).ChangedSince(before) is { Count: > 0 } changed)
                {
                    wrong.Add($"{endpoint.Method} {url} as {attempt.Email} ({attempt.Whose}): changed {string.Join(", ", changed)}");
                }
            }
        }

        Assert.True(tried >= Rules.Values.Sum(r => r.Attempts.Count), "Not every attempt was made");
        Assert.True(wrong.Count == 0, wrong.Count + " of " + tried + " attempts reached a record that is not theirs:\n" + string.Join("\n", wrong));
    }

    /// <summary>The records the attempts ask for, made or found on top of the matrix's (whose ids it reads).</summary>
    private async Task<Others> OthersAsync(IReadOnlyDictionary<string, string> values)
    {
        int Id(string key) => int.Parse(values[key], System.Globalization.CultureInfo.InvariantCulture);
        var lead = Id("providerId");
        var ownContract = Id("/contracts|id");
        var open = Id("/opportunities|id");
        var openLot = Id("/opportunities/{id:int}/lots|lotId");
        var openedBid = Id("/procurement/opportunities/{id:int}/bids|bidId");
        var small = await factory.WithDbAsync(db => db.Providers.Where(p => p.Name == DemoData.SmallProviderName).Select(p => p.Id).SingleAsync());
        var notTheirs = await factory.WithDbAsync(db => db.Contracts.Where(c => c.LeadProviderId != lead && !c.Providers.Any(p => p.ProviderId == lead))
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

        // Chapeltown Wellbeing Collective's draft bid on the open opportunity's first lot, with an attachment: sealed until the deadline.
        var smallProvider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var smallBid = await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.OpportunityId == open && b.LotId == openLot && b.ProviderId == small)
            .Select(b => new { b.Id, Attachments = b.Attachments.Select(a => a.Id).ToList() }).SingleOrDefaultAsync());
        if (smallBid is null || smallBid.Attachments.Count == 0)
        {
            if (smallBid is null)
            {
                Assert.Equal(HttpStatusCode.Redirect, (await Opportunities.Demo.SubmitBidAsync(smallProvider, open, openLot, "Chapeltown drop-ins.", command: "save")).StatusCode);
            }

            Assert.Equal(HttpStatusCode.Redirect, (await Opportunities.BidFiles.UploadAsync(smallProvider, open, openLot, "Chapeltown accounts.pdf", Opportunities.BidFiles.Pdf)).StatusCode);
            smallBid = await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.OpportunityId == open && b.LotId == openLot && b.ProviderId == small)
                .Select(b => new { b.Id, Attachments = b.Attachments.Select(a => a.Id).ToList() }).SingleAsync());
        }

        var awarded = await Award.Awards.ApprovedAsync(factory);
        return new Others(
            OwnContract: ownContract,
            ContractNotTheirs: notTheirs,
            DocumentOfContractNotTheirs: await Every_endpoint_declares_who_may_use_it.UploadContractDocumentAsync(factory, notTheirs),
            OtherProvider: small,
            ReturnNotTheirs: await Monitoring.MonitoringTestData.AnotherProvidersReturnAsync(factory),
            OpenOpportunity: open,
            OpenLot: openLot,
            SealedBidOfAnotherProvider: smallBid.Id,
            AttachmentOfAnotherProvider: smallBid.Attachments[0],
            LetterToAnotherProvider: awarded.Letters[DemoData.SmallProviderName],
            DraftOpportunity: Id("/procurement/opportunities|id"),
            QualityQuestionOfOpen: await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == open).SelectMany(o => o.QualityQuestions).OrderBy(q => q.Id).Select(q => q.Id).FirstAsync()),
            ClarificationQuestionOfOpen: Id("/procurement/opportunities/{id:int}/questions|questionId"),
            ClosedOpportunity: Id("/procurement/opportunities/{id:int}/bids|id"),
            ClosedLot: await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.Id == openedBid).Select(b => b.LotId).SingleAsync()),
            OpenedBid: openedBid,
            AwardedOpportunity: awarded.Id,
            PanelWithTheEvaluator: Id("/scoring|panelId"),
            PanelWithoutTheEvaluator: Id("/scoring/panels/{panelId:int}/bids/{bidId:int}/moderate|panelId"),
            KpiOfAnotherContract: await factory.WithDbAsync(db => db.KeyPerformanceIndicators.Where(k => k.ContractId != ownContract).OrderBy(k => k.Id).Select(k => k.Id).FirstAsync()),
            ChangeOfOwnContract: Id("/contracts/{id:int}/changes|changeId"));
    }
}
