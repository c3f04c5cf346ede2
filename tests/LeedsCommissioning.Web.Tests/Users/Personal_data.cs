using System.Net;
using System.Text.Json;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Web.Features.Users;
using LeedsCommissioning.Web.Tests.Exports;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Users;

/// <summary>
/// Issue 16: from a person's page an administrator downloads everything the portal holds about them (JSON), and erases it
/// where the law allows by a pseudonym, "Former user" and a number, that every page then shows, while the audit trail keeps
/// pointing at the same account. Refused for the administrator themselves and for a decision maker within the 6 years a
/// decision record names who decided.
/// </summary>
public sealed class Personal_data(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Admin = "admin@example.org";

    [Fact]
    public async Task the_download_holds_their_account_history_changes_and_e_mails_and_is_recorded()
    {
        var person = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        await SeedAsync(person);
        var admin = await PortalClient.SignedInAsync(factory, Admin);

        var page = await admin.GetDocumentAsync($"/admin/users/{person.Id}");
        var response = await admin.Http.GetAsync(page.GetElementById("download-personal-data")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(person.Email, root.GetProperty("account").GetProperty("emailAddress").GetString());
        Assert.Equal(Roles.CouncilCommissioner, root.GetProperty("account").GetProperty("role").GetString());
        Assert.Equal(
            ["Two-factor authentication turned on", "Personal data downloaded"],
            root.GetProperty("accountHistory").EnumerateArray().Select(e => e.GetProperty("what").GetString()).ToList());
        var email = Assert.Single(root.GetProperty("emailsSentToThem").EnumerateArray());
        Assert.Equal("Your monitoring return is due", email.GetProperty("subject").GetString());
        var change = Assert.Single(root.GetProperty("changesTheyMade").EnumerateArray());
        Assert.Equal("Provider 4242", change.GetProperty("record").GetString());
        Assert.Equal("Old name", change.GetProperty("changes")[0].GetProperty("before").GetString());

        var history = await admin.GetDocumentAsync($"/admin/users/{person.Id}");
        Assert.Contains("Personal data downloaded by", history.QuerySelector(".app-account-history")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_download_holds_the_questions_they_asked()
    {
        var (asker, text) = await factory.WithDbAsync(async db =>
            await db.ClarificationQuestions.OrderBy(q => q.Id).Select(q => new { q.AskedByUserId, q.Text }).FirstAsync() is var q ? (q.AskedByUserId, q.Text) : default);
        var admin = await PortalClient.SignedInAsync(factory, Admin);

        using var json = JsonDocument.Parse(await admin.Http.GetStringAsync($"/admin/users/{asker}/personal-data.json"));

        Assert.Contains(text, json.RootElement.GetProperty("questionsAsked").EnumerateArray().Select(q => q.GetProperty("question").GetString()));
    }

    [Fact]
    public async Task erasing_shows_a_pseudonym_everywhere_and_keeps_the_audit_trail()
    {
        var person = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner, twoFactor: true);
        var oldName = $"Erin Erasable {Guid.NewGuid():N}"[..24];
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == person.Id);
            user.DisplayName = oldName;
            user.PhoneNumber = "0113 222 4444";
            user.JobTitle = "Commissioning manager";
            return await db.SaveChangesAsync();
        });
        var contract = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-AH-2019-014").Select(c => c.Id).SingleAsync());
        await SeedAsync(person, contract);
        var entriesBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == person.Id));
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var url = $"/admin/users/{person.Id}/erase";

        var confirm = await admin.GetDocumentAsync(url);
        var response = await admin.PostFormAsync(url, url, new() { ["Reason"] = "Right to erasure request IG-2026-117." });

        Assert.Equal($"Are you sure you want to erase {oldName}'s personal data?", confirm.Heading());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var erased = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == person.Id));
        Assert.StartsWith("Former user ", erased.DisplayName, StringComparison.Ordinal);
        var pseudonym = erased.DisplayName;
        Assert.EndsWith("@erased.invalid", erased.Email, StringComparison.Ordinal);
        Assert.Null(erased.PhoneNumber);
        Assert.Null(erased.JobTitle);
        Assert.Null(erased.PasswordHash);
        Assert.False(erased.TwoFactorEnabled);
        Assert.True(erased.IsLockedByAdministrator);
        Assert.Equal(0, await factory.WithDbAsync(db => db.UserTokens.CountAsync(t => t.UserId == person.Id)));

        // The audit trail: the same entries, still pointing at the account.
        Assert.Equal(entriesBefore, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == person.Id)));

        // The copies of the name on records, and the e-mails to them.
        Assert.All(await factory.WithDbAsync(db => db.AccountEvents.Where(e => e.ByUserId == person.Id).Select(e => e.ByName).ToListAsync()),
            name => Assert.Equal(pseudonym, name));
        var messages = await factory.WithDbAsync(db => db.EmailMessages.Where(m => m.To == erased.Email || m.To == person.Email).ToListAsync());
        var sent = Assert.Single(messages);
        Assert.Equal(("Erased", ""), (sent.Subject, sent.Body));

        // Every page that named them.
        var users = await admin.GetDocumentAsync($"/admin/users?search={Uri.EscapeDataString(pseudonym)}");
        Assert.Contains(pseudonym, users.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 users", (await admin.GetDocumentAsync($"/admin/users?search={Uri.EscapeDataString(person.Email!)}")).QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        var audit = await admin.GetDocumentAsync($"/admin/audit?PersonId={person.Id}");
        Assert.Contains($"By {pseudonym} on", audit.QuerySelector(".app-history")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(oldName, audit.Body!.TextContent, StringComparison.Ordinal);
        var history = await admin.GetDocumentAsync($"/contracts/{contract}/history");
        Assert.Contains($"By {pseudonym} on", history.QuerySelector(".app-history")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(oldName, history.Body!.TextContent, StringComparison.Ordinal);
        var details = await admin.GetDocumentAsync($"/admin/users/{person.Id}");
        Assert.Contains("Reason: Right to erasure request IG-2026-117.", details.QuerySelector(".app-account-history")!.TextContent, StringComparison.Ordinal);
        Assert.Null(details.QuerySelector($"a[href='{url}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync(url)).StatusCode);

        // They cannot sign in with their old address.
        Assert.NotEqual(HttpStatusCode.Redirect, (await PortalClient.For(factory).SignInAsync(person.Email!, PortalClient.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task an_administrator_cannot_erase_themselves()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var self = await TestUsers.FindAsync(factory, Admin);
        var url = $"/admin/users/{self.Id}/erase";

        var response = await admin.PostFormAsync($"/admin/users/{self.Id}/erase", url, new() { ["Reason"] = "Testing." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["You cannot erase your own personal data. Ask another administrator"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Null((await admin.GetDocumentAsync($"/admin/users/{self.Id}")).QuerySelector($"a[href='{url}']"));
        Assert.Equal(Admin, (await TestUsers.FindAsync(factory, Admin)).Email);
    }

    [Fact]
    public async Task a_decision_maker_within_six_years_is_refused_and_nothing_changes()
    {
        var decider = await factory.WithDbAsync(db => db.DecisionRecords.Where(d => d.DecisionMakerUserId != null && d.OutcomeOn != null)
            .OrderByDescending(d => d.OutcomeOn).Select(d => new { d.DecisionMakerUserId, d.Title }).FirstAsync());
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var url = $"/admin/users/{decider.DecisionMakerUserId}/erase";
        var before = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == decider.DecisionMakerUserId));

        var shown = await admin.GetDocumentAsync(url);
        var response = await admin.PostFormAsync(url, url, new() { ["Reason"] = "Asked to be forgotten." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single((await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.StartsWith($"Their personal data cannot be erased: they are the decision maker of \u201c{decider.Title}\u201d", error, StringComparison.Ordinal);
        Assert.Equal([error], shown.ErrorSummary());
        var after = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == decider.DecisionMakerUserId));
        Assert.Equal((before.DisplayName, before.Email), (after.DisplayName, after.Email));
    }

    [Fact]
    public async Task without_a_reason_nothing_is_erased()
    {
        var person = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var url = $"/admin/users/{person.Id}/erase";

        var response = await admin.PostFormAsync(url, url, new() { ["Reason"] = "" });

        Assert.Equal(["Enter why you are erasing this person's personal data"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal(person.Email, (await TestUsers.FindAsync(factory, person.Email!)).Email);
    }

    [Theory]
    [InlineData(Roles.CouncilCommissioner)]
    [InlineData(Roles.ProviderUser)]
    public async Task only_administrators_may_download_or_erase(string role)
    {
        var user = await TestUsers.CreateAsync(factory, role);
        var target = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var client = await PortalClient.SignedInAsync(factory, user.Email!);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/admin/users/{target.Id}/personal-data.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/admin/users/{target.Id}/erase")).StatusCode);
    }

    [Fact]
    public async Task erasing_replaces_the_names_they_wrote_with_no_id_beside_them_not_the_same_name_someone_else_wrote_later()
    {
        var (person, oldName) = await NamedAsync(Roles.ProcurementOfficer);
        var other = await TestUsers.CreateAsync(factory, Roles.ProcurementOfficer);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var (question, namesake, notice, panel, application, evidence) = await factory.WithDbAsync(async db =>
        {
            var questions = await db.ClarificationQuestions.OrderBy(q => q.Id).Select(q => q.Id).Take(2).ToListAsync();
            var noticeId = await db.Set<Domain.Opportunities.ClarificationNotice>().OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
            var panelId = await db.EvaluationPanels.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
            var applying = new Domain.Registration.OrganisationApplication("Erasure Test Trust", Domain.Providers.ProviderType.RegisteredCharity, "1234567", null,
                "LS1 1AA", false, [], null, null, "Ann Applicant", $"ann-{Guid.NewGuid():N}@example.org", null, now);
            db.OrganisationApplications.Add(applying);
            var recorded = Domain.Monitoring.MonitoringEvidence.Record(await db.Contracts.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
                Domain.Monitoring.EvidenceKind.Compliment, UkTime.DateOf(now), "A thank-you card", null, "Someone", UkTime.DateOf(now), now);
            db.MonitoringEvidence.Add(recorded);
            await db.SaveChangesAsync();
            return (questions[0], questions[1], noticeId, panelId, applying.Id, recorded.Id);
        });
        await factory.WithDbAsync(async db =>
        {
            // The records hold the name they wrote, and the audit trail says they wrote it; the second question's answer was
            // rewritten afterwards by someone else of the same name, so that one is not theirs.
            await db.ClarificationQuestions.Where(q => q.Id == question || q.Id == namesake).ExecuteUpdateAsync(u => u.SetProperty(q => q.AnsweredBy, oldName));
            await db.Set<Domain.Opportunities.ClarificationNotice>().Where(n => n.Id == notice).ExecuteUpdateAsync(u => u.SetProperty(n => n.PublishedBy, oldName));
            await db.EvaluationPanels.Where(e => e.Id == panel).ExecuteUpdateAsync(u => u.SetProperty(e => e.FormedByName, oldName));
            await db.OrganisationApplications.Where(a => a.Id == application).ExecuteUpdateAsync(u => u.SetProperty(a => a.DecidedBy, oldName));
            await db.MonitoringEvidence.Where(m => m.Id == evidence).ExecuteUpdateAsync(u => u.SetProperty(m => m.RecordedByName, oldName));
            db.AuditEntries.AddRange(
                Wrote(person, "ClarificationQuestion", question, "AnsweredBy", oldName, now),
                Wrote(person, "ClarificationQuestion", namesake, "AnsweredBy", oldName, now),
                Wrote(other, "ClarificationQuestion", namesake, "AnsweredBy", oldName, now.AddMinutes(1)),
                Wrote(person, "ClarificationNotice", notice, "PublishedBy", oldName, now),
                Wrote(person, "EvaluationPanel", panel, "FormedByName", oldName, now),
                Wrote(person, "OrganisationApplication", application, "DecidedBy", oldName, now),
                Wrote(person, "MonitoringEvidence", evidence, "RecordedByName", oldName, now));
            return await db.SaveChangesAsync();
        });

        var pseudonym = await EraseAsync(person);

        var names = await factory.WithDbAsync(async db => new[]
        {
            await db.ClarificationQuestions.Where(q => q.Id == question).Select(q => q.AnsweredBy).SingleAsync(),
            await db.Set<Domain.Opportunities.ClarificationNotice>().Where(n => n.Id == notice).Select(n => n.PublishedBy).SingleAsync(),
            await db.EvaluationPanels.Where(e => e.Id == panel).Select(e => e.FormedByName).SingleAsync(),
            await db.OrganisationApplications.Where(a => a.Id == application).Select(a => a.DecidedBy).SingleAsync(),
            await db.MonitoringEvidence.Where(m => m.Id == evidence).Select(m => m.RecordedByName).SingleAsync(),
        });
        Assert.All(names, name => Assert.Equal(pseudonym, name));
        Assert.Equal(oldName, await factory.WithDbAsync(db => db.ClarificationQuestions.Where(q => q.Id == namesake).Select(q => q.AnsweredBy).SingleAsync()));

        // The audit search shows the entries they made with their pseudonym for the name they wrote.
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var audit = await admin.GetDocumentAsync($"/admin/audit?PersonId={person.Id}");
        Assert.DoesNotContain(oldName, audit.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(pseudonym, audit.QuerySelector(".app-history")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void every_name_kept_on_a_record_is_erased_or_docs_say_why_not()
    {
        using var scope = factory.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<LeedsCommissioning.Infrastructure.Data.CommissioningDbContext>().Model;
        var besideIds = PersonalData.NamesBesideIds(model).Select(n => $"{n.Type.ClrType.Name}.{n.Name.Name}").ToHashSet();
        var ofWriter = PersonalData.NamesOfWhoeverWroteThem.Select(n => $"{n.Type.Name}.{n.Name}").ToHashSet();

        var names = model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.ClrType != typeof(AuditEntry)
                && t.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) != true && t.ClrType != typeof(ApplicationUser))
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == typeof(string)
                    && (p.Name.EndsWith("Name", StringComparison.Ordinal) || p.Name.EndsWith("By", StringComparison.Ordinal)))
                .Select(p => $"{t.ClrType.Name}.{p.Name}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        // Every unclassified one is named in the failure.
        Assert.Equal("", string.Join(", ", names.Where(n => !besideIds.Contains(n) && !ofWriter.Contains(n) && !NotAnAccountsName.ContainsKey(n))));
        Assert.Equal("", string.Join(", ", NotAnAccountsName.Keys.Where(n => besideIds.Contains(n) || ofWriter.Contains(n) || !names.Contains(n))));
        Assert.Contains("Contract.ResponsibleCommissionerName", besideIds);
        Assert.Contains("ScoreSheet.MemberName", besideIds);
        Assert.Contains("PanelMember.Name", besideIds);
    }

    /// <summary>
    /// Names on records that are not found when an account is erased, and why (docs/security.md, "What erasure does not reach").
    /// A new name column fails <see cref="every_name_kept_on_a_record_is_erased_or_docs_say_why_not"/> until it is erased
    /// (an id beside it, or always its writer's) or added here.
    /// </summary>
    private static readonly Dictionary<string, string> NotAnAccountsName = new[]
    {
        ("CprWaiver.LegalReviewBy", "typed by the waiver's author: the lawyer who reviewed it, who may have no account; a name in free text"),
        ("ProviderContact.Name", "a provider's contact: pseudonymised by their e-mail address (PseudonymiseRecordsAsync)"),
        ("OrganisationApplication.ApplicantName", "the applicant: pseudonymised by their e-mail address (PseudonymiseRecordsAsync)"),
        ("BidAttachment.FileName", "a file's name"),
        ("ContractDocument.FileName", "a file's name"),
        ("ScheduledJobLease.Name", "a scheduled job's name"),
        ("ScheduledJobLease.LastRunBy", "the instance (machine and process) that last ran the job"),
        ("DataProtectionKey.FriendlyName", "the name of a key that protects cookies"),
    }.Concat(new[]
    {
        "BidConsortiumMember.Name", "CaseCompactNotice.ProviderName", "CommissioningOrganisation.Name", "CprWaiver.NewSupplierName",
        "CqcLocation.Name", "FundingContribution.PartnerName", "LotAward.ProviderName", "OpenedBidEntry.ProviderName",
        "OrganisationApplication.OrganisationName", "OutcomeLetter.WinnerName", "ProposedFunding.PartnerName", "Provider.Name",
    }.Select(n => (n, "an organisation's or a care location's name")))
    .Concat(new[]
    {
        "Cquin.Name", "EvaluationPanel.Name", "ExitTask.Name", "KeyPerformanceIndicator.Name", "OutcomeMeasure.Name",
        "SocialValueCriterion.Name", "Ward.Name",
    }.Select(n => (n, "the name of a thing: a scheme, a panel, a task, an indicator, a measure, a criterion, a ward")))
    .ToDictionary(n => n.Item1, n => n.Item2);

    [Fact]
    public async Task a_contract_history_shows_the_pseudonym_of_an_erased_responsible_commissioner()
    {
        var (person, oldName) = await NamedAsync(Roles.CouncilCommissioner);
        var contract = await factory.WithDbAsync(async db =>
        {
            var c = await db.Contracts.Where(x => x.Reference == "LCC-AH-2019-014").SingleAsync();
            c.AssignCommissioner(person.Id, oldName);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        Assert.Contains(oldName, (await commissioner.GetDocumentAsync($"/contracts/{contract}/history")).Body!.TextContent, StringComparison.Ordinal);

        var pseudonym = await EraseAsync(person);

        var history = await commissioner.GetDocumentAsync($"/contracts/{contract}/history");
        Assert.DoesNotContain(oldName, history.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(pseudonym, history.QuerySelector(".app-history")!.TextContent, StringComparison.Ordinal);
        var page = await commissioner.GetDocumentAsync($"/contracts/{contract}");
        Assert.DoesNotContain(oldName, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(pseudonym, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_audit_search_and_its_downloads_never_show_the_address_an_erased_person_signed_in_with()
    {
        var (person, oldName) = await NamedAsync(Roles.CouncilCommissioner);
        await SeedAsync(person);
        var address = person.Email!;
        Assert.Equal(address, await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == person.Id).Select(a => a.UserName).FirstAsync()));

        var pseudonym = await EraseAsync(person);

        var admin = await PortalClient.SignedInAsync(factory, Admin);
        foreach (var query in new[] { $"?PersonId={person.Id}", "?RecordType=Provider&RecordId=4242" })
        {
            var page = await admin.GetDocumentAsync("/admin/audit" + query);
            Assert.Contains(pseudonym, page.QuerySelector(".app-history")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(address, page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(oldName, page.Body!.TextContent, StringComparison.Ordinal);
            var (_, rows) = await ExportFiles.CsvAsync(await admin.Http.GetAsync(page.GetElementById("download-csv")!.GetAttribute("href")));
            var workbook = await ExportFiles.XlsxAsync(await admin.Http.GetAsync(page.GetElementById("download-xlsx")!.GetAttribute("href")));
            foreach (var cells in rows.Select(r => r.ToList()).Concat(workbook.Skip(1)))
            {
                Assert.DoesNotContain(cells, cell => cell.Contains(address, StringComparison.OrdinalIgnoreCase) || cell.Contains(oldName, StringComparison.Ordinal));
            }

            Assert.Contains(rows, r => r[1] == pseudonym);
            Assert.Contains(workbook, r => r.Contains(pseudonym));
        }
    }

    [Fact]
    public async Task two_people_erased_at_the_same_moment_get_different_numbers()
    {
        var first = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var second = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var other = await PortalClient.SignedInAsync(factory, "admin@example.org");

        var responses = await Task.WhenAll(
            admin.PostFormAsync($"/admin/users/{first.Id}/erase", $"/admin/users/{first.Id}/erase", new() { ["Reason"] = "Request IG-1." }),
            other.PostFormAsync($"/admin/users/{second.Id}/erase", $"/admin/users/{second.Id}/erase", new() { ["Reason"] = "Request IG-2." }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var erased = await factory.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Id == first.Id || u.Id == second.Id)
            .Select(u => new { u.DisplayName, u.Email }).ToListAsync());
        Assert.All(erased, u => Assert.StartsWith("Former user ", u.DisplayName, StringComparison.Ordinal));
        Assert.NotEqual(erased[0].DisplayName, erased[1].DisplayName);
        Assert.NotEqual(erased[0].Email, erased[1].Email);
    }

    [Fact]
    public async Task a_number_already_taken_is_skipped_and_the_database_refuses_a_second_account_with_it()
    {
        var next = await factory.WithDbAsync(db => db.AccountEvents.CountAsync(e => e.Kind == AccountEventKind.PersonalDataErased)) + 1;
        // An account already holding the next pseudonym's address, as a second erasure at the same moment would.
        await TestUsers.CreateAsync(factory, Roles.Evaluator, email: $"former-user-{next}@erased.invalid");
        var person = await TestUsers.CreateAsync(factory, Roles.Evaluator);

        var pseudonym = await EraseAsync(person);

        Assert.Equal($"Former user {next + 1}", pseudonym);
        // The rule that makes two erasures at once safe: the database holds one account per sign-in name (UserNameIndex).
        var clash = await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            db.Users.Add(new ApplicationUser
            {
                UserName = $"former-user-{next}@erased.invalid", NormalizedUserName = $"FORMER-USER-{next}@ERASED.INVALID",
                Email = "someone-else@example.org", DisplayName = $"Former user {next}", CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
            });
            return await db.SaveChangesAsync();
        }));
        Assert.NotNull(clash);
    }

    /// <summary>A new person with a name of their own, so a test can look for it on every page.</summary>
    private async Task<(ApplicationUser Person, string Name)> NamedAsync(string role)
    {
        var name = $"Erin Erasable {Guid.NewGuid():N}"[..24];
        return (await TestUsers.CreateAsync(factory, role, displayName: name), name);
    }

    /// <summary>Erases the person as an administrator would, and returns their pseudonym.</summary>
    private async Task<string> EraseAsync(ApplicationUser person)
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var url = $"/admin/users/{person.Id}/erase";
        var response = await admin.PostFormAsync(url, url, new() { ["Reason"] = "Right to erasure request." });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.DisplayName).SingleAsync());
    }

    private static AuditEntry Wrote(ApplicationUser by, string type, int key, string property, string value, DateTime atUtc) => new()
    {
        OccurredAtUtc = atUtc,
        UserId = by.Id,
        UserName = by.Email!,
        EntityType = type,
        EntityKey = key.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Action = AuditAction.Modified,
        Changes = JsonSerializer.Serialize(new[] { new AuditChange(property, null, value) }),
    };

    /// <summary>
    /// An account event they did themselves (a copy of their name), a change they made (to a provider, and to a contract when
    /// given) and an e-mail sent to them, plus one not yet sent.
    /// </summary>
    private Task SeedAsync(ApplicationUser person, int? contract = null) => factory.WithDbAsync(async db =>
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        db.AccountEvents.Add(AccountEvent.ByThemselves(person.Id, AccountEventKind.TwoFactorTurnedOn, person.DisplayName, now.AddDays(-2)));
        db.AuditEntries.Add(Entry(person, "Provider", "4242", now.AddDays(-1)));
        if (contract is { } id)
        {
            db.AuditEntries.Add(Entry(person, "Contract", id.ToString(System.Globalization.CultureInfo.InvariantCulture), now.AddHours(1)));
        }

        db.EmailMessages.Add(new EmailMessage
        {
            To = person.Email!, Subject = "Your monitoring return is due", Body = "Dear colleague", CreatedAtUtc = now.AddDays(-3),
            NextAttemptAtUtc = now.AddDays(-3), SentAtUtc = now.AddDays(-3),
        });
        if (contract is not null)
        {
            db.EmailMessages.Add(new EmailMessage
            {
                To = person.Email!, Subject = "Not sent yet", Body = "Dear colleague", CreatedAtUtc = now, NextAttemptAtUtc = now.AddDays(10),
            });
        }

        return await db.SaveChangesAsync();
    });

    private static AuditEntry Entry(ApplicationUser person, string type, string key, DateTime atUtc) => new()
    {
        OccurredAtUtc = atUtc,
        UserId = person.Id,
        UserName = person.Email!,
        EntityType = type,
        EntityKey = key,
        Action = AuditAction.Modified,
        Changes = """[{"Property":"Name","Old":"Old name","New":"New name"}]""",
    };
}
