using System.Net;
using System.Text.Json;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Users;

/// <summary>
/// Issue 19: "Lock account" opens a confirmation page that says the person can no longer sign in and asks why; only
/// that page's button locks, and only with a reason, which the user's page shows in the account's history and the
/// audit trail keeps. Unlocking is confirmed the same way, with an optional reason.
/// </summary>
public sealed class Locking_an_account(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Admin = "admin@example.org";

    [Fact]
    public async Task the_button_opens_a_confirmation_page_and_locks_nothing()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var user = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var details = $"/admin/users/{user.Id}";

        var page = await admin.GetDocumentAsync(details);
        Assert.Equal("Lock account", page.QuerySelector($"a[href='{details}/lock']")!.TextContent.Trim());
        Assert.Null(page.QuerySelector($"form[action='{details}/lock']"));

        var confirm = await admin.GetDocumentAsync($"{details}/lock");
        Assert.Equal($"Are you sure you want to lock {user.DisplayName}'s account?", confirm.Heading());
        Assert.Contains($"{user.DisplayName} is signed out within 5 minutes and can no longer sign in",
            confirm.QuerySelectorAll(".app-what-happens li").Select(li => li.TextContent.Trim()));
        Assert.Equal("Why are you locking this account?", confirm.QuerySelector("label[for=Reason]")!.TextContent.Trim());
        Assert.Contains("govuk-button--warning", confirm.QuerySelector($"form[action='{details}/lock'] button")!.ClassName, StringComparison.Ordinal);
        Assert.Null((await TestUsers.FindAsync(factory, user.Email!)).LockoutEnd);
    }

    [Fact]
    public async Task without_a_reason_the_account_is_not_locked()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var user = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var url = $"/admin/users/{user.Id}/lock";

        var response = await admin.PostFormAsync(url, url, new() { ["Reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter why you are locking this account"], page.ErrorSummary());
        Assert.Equal("Enter why you are locking this account", page.FieldError("Reason"));
        Assert.Equal("#Reason", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Null((await TestUsers.FindAsync(factory, user.Email!)).LockoutEnd);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.For(factory).SignInAsync(user.Email!, PortalClient.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task a_reason_too_long_is_refused_and_what_was_typed_stays()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var user = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var url = $"/admin/users/{user.Id}/lock";
        var typed = "Repeated failed attempts from an unknown device. " + new string('x', 2000);

        var page = await PortalClient.ParseAsync(await admin.PostFormAsync(url, url, new() { ["Reason"] = typed }));

        Assert.Equal(["Reason must be 2,000 characters or fewer"], page.ErrorSummary());
        Assert.Equal(typed, page.QuerySelector("textarea#Reason")!.TextContent);
        Assert.Null((await TestUsers.FindAsync(factory, user.Email!)).LockoutEnd);
    }

    [Fact]
    public async Task with_a_reason_it_is_locked_and_the_reason_is_in_the_account_history_and_the_audit_trail_and_so_is_the_unlocking()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var adminName = (await TestUsers.FindAsync(factory, Admin)).DisplayName;
        var user = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var details = $"/admin/users/{user.Id}";
        const string Reason = "Left the council on 25 November 2026.";

        var locking = await admin.PostFormAsync($"{details}/lock", $"{details}/lock", new() { ["Reason"] = Reason });

        Assert.Equal(HttpStatusCode.Redirect, locking.StatusCode);
        Assert.Equal(details, locking.Headers.Location!.OriginalString);
        Assert.True((await TestUsers.FindAsync(factory, user.Email!)).IsLockedByAdministrator);
        var page = await admin.GetDocumentAsync(details);
        var entry = page.QuerySelector(".app-account-history li")!.TextContent;
        Assert.Contains($"Account locked by {adminName}", entry, StringComparison.Ordinal);
        Assert.Contains("26 November 2026 at 10:00am", entry, StringComparison.Ordinal);
        Assert.Contains($"Reason: {Reason}", entry, StringComparison.Ordinal);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "AccountEvent").OrderBy(a => a.Id).ToListAsync());
        var locked = audit.Single(a => New(a, "UserId") == user.Id);
        Assert.Equal((Admin, "Locked", Reason), (locked.UserName, New(locked, "Kind"), New(locked, "Reason")));

        // Unlocking is confirmed too: the button opens a page, and the page's button unlocks.
        Assert.NotNull(page.QuerySelector($"a[href='{details}/unlock']"));
        Assert.Null(page.QuerySelector($"form[action='{details}/unlock']"));
        Assert.Equal($"Are you sure you want to unlock {user.DisplayName}'s account?", (await admin.GetDocumentAsync($"{details}/unlock")).Heading());
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var unlocking = await admin.PostFormAsync($"{details}/unlock", $"{details}/unlock", new() { ["Reason"] = "Rejoined as a contractor." });

        Assert.Equal(HttpStatusCode.Redirect, unlocking.StatusCode);
        Assert.Null((await TestUsers.FindAsync(factory, user.Email!)).LockoutEnd);
        var history = (await admin.GetDocumentAsync(details)).QuerySelectorAll(".app-account-history li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains($"Account unlocked by {adminName}", history[0], StringComparison.Ordinal);
        Assert.Contains("Reason: Rejoined as a contractor.", history[0], StringComparison.Ordinal);
        Assert.Contains($"Account locked by {adminName}", history[1], StringComparison.Ordinal);
    }

    private static string? New(AuditEntry entry, string property) =>
        JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes)!.SingleOrDefault(c => c.Property == property)?.New;
}
