using System.Net;
using System.Text.Json;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
