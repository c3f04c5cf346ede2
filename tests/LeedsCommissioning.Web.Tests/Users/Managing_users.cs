using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Users;

public sealed class Managing_users(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task lists_everyone_with_their_role()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        var page = await admin.GetDocumentAsync("/admin/users");

        Assert.Equal("Manage users", page.Heading());
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        foreach (var account in DemoData.Accounts)
        {
            Assert.Contains(rows, r => r.Contains(account.Email, StringComparison.Ordinal) && r.Contains(Roles.Describe(account.Role), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task search_finds_people_by_name_or_email_in_any_case()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        var byName = await admin.GetDocumentAsync("/admin/users?search=OKAFOR");
        var byEmail = await admin.GetDocumentAsync("/admin/users?search=small.provider");

        Assert.Equal(["Grace Okafor"], Names(byName));
        Assert.Equal("OKAFOR", byName.Value("search"));
        Assert.Equal(["Aisha Begum"], Names(byEmail));
    }

    [Fact]
    public async Task inviting_a_provider_user_creates_them_and_emails_a_link_that_lets_them_sign_in()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var providerId = await ProviderIdOf(DemoData.SmallProviderName);

        var response = await Invite(admin, "Morgan Price", "morgan.price@example.org", Roles.ProviderUser, providerId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await TestUsers.FindAsync(factory, "morgan.price@example.org");
        Assert.Equal($"/admin/users/{user.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Morgan Price", user.DisplayName);
        Assert.Equal(providerId, user.ProviderId);
        Assert.Null(user.PasswordHash);
        Assert.Equal([Roles.ProviderUser], await TestUsers.RolesOfAsync(factory, user.Email!));
        var details = await admin.GetDocumentAsync($"/admin/users/{user.Id}");
        Assert.Equal("Morgan Price has been invited", details.SuccessBanner());

        var email = await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().SingleAsync(m => m.To == "morgan.price@example.org"));
        Assert.Equal("Your Leeds Commissioning account", email.Subject);
        Assert.Contains("Alex Morgan has given you an account", email.Body, StringComparison.Ordinal);
        var invited = PortalClient.For(factory);
        var link = PortalClient.LinkIn(email.Body);
        var form = await invited.GetDocumentAsync(link);
        var set = await invited.PostFormAsync(link, "/account/reset-password", new()
        {
            ["Email"] = form.QuerySelector("input[name=Email]")!.GetAttribute("value")!,
            ["Token"] = form.QuerySelector("input[name=Token]")!.GetAttribute("value")!,
            ["NewPassword"] = "my own long password",
            ["ConfirmPassword"] = "my own long password",
        });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await invited.SignInAsync("morgan.price@example.org", "my own long password")).StatusCode);
        var home = await invited.GetDocumentAsync("/");
        Assert.Equal("Your organisation", home.Heading());
        Assert.Contains(DemoData.SmallProviderName, home.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task inviting_a_provider_user_needs_their_organisation_and_keeps_what_was_typed()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        var response = await Invite(admin, "Robin Hart", "robin.hart@example.org", Roles.ProviderUser, providerId: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Select the provider organisation this person belongs to"], page.ErrorSummary());
        Assert.Equal("Select the provider organisation this person belongs to", page.FieldError("ProviderId"));
        Assert.Equal("Robin Hart", page.Value("Name"));
        Assert.Equal("robin.hart@example.org", page.Value("Email"));
        Assert.Equal(Roles.ProviderUser, page.QuerySelector("input[name=Role][checked]")?.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "robin.hart@example.org")));
    }

    [Fact]
    public async Task inviting_someone_who_already_has_an_account_is_refused()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());

        var response = await Invite(admin, "Another Priya", "commissioner@example.org", Roles.Evaluator, null);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("There is already an account with this email address", page.FieldError("Email"));
        Assert.Equal("Another Priya", page.Value("Name"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal([Roles.CouncilCommissioner], await TestUsers.RolesOfAsync(factory, "commissioner@example.org"));
    }

    [Fact]
    public async Task changing_someones_role_takes_effect()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var user = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);

        var response = await admin.PostFormAsync($"/admin/users/{user.Id}/edit", $"/admin/users/{user.Id}/edit", new()
        {
            ["Name"] = user.DisplayName,
            ["Email"] = user.Email!,
            ["JobTitle"] = "Category manager",
            ["Role"] = Roles.ProcurementOfficer,
            ["ProviderId"] = "",
            ["CommissioningOrganisationId"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.ProcurementOfficer], await TestUsers.RolesOfAsync(factory, user.Email!));
        Assert.Equal("Category manager", (await TestUsers.FindAsync(factory, user.Email!)).JobTitle);
        var signedIn = await PortalClient.SignedInAsync(factory, user.Email!);
        Assert.Equal("Procurement", (await signedIn.GetDocumentAsync("/")).Heading());
    }

    [Fact]
    public async Task a_locked_person_cannot_sign_in_until_they_are_unlocked()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var user = await TestUsers.CreateAsync(factory, Roles.Evaluator);

        var locking = await admin.PostFormAsync($"/admin/users/{user.Id}/lock", $"/admin/users/{user.Id}/lock", new() { ["Reason"] = "Left the council on 25 November 2026." });

        Assert.Equal(HttpStatusCode.Redirect, locking.StatusCode);
        Assert.Equal($"{user.DisplayName}'s account has been locked", (await admin.GetDocumentAsync($"/admin/users/{user.Id}")).SuccessBanner());
        var refused = await PortalClient.For(factory).SignInAsync(user.Email!, PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEmpty((await PortalClient.ParseAsync(refused)).ErrorSummary());

        var unlocking = await admin.PostFormAsync($"/admin/users/{user.Id}/unlock", $"/admin/users/{user.Id}/unlock", []);

        Assert.Equal(HttpStatusCode.Redirect, unlocking.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.For(factory).SignInAsync(user.Email!, PortalClient.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task a_person_locked_by_an_administrator_cannot_unlock_themselves_by_resetting_their_password()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var user = await TestUsers.CreateAsync(factory, Roles.ProviderUser);
        var locked = await admin.PostFormAsync($"/admin/users/{user.Id}/lock", $"/admin/users/{user.Id}/lock", new() { ["Reason"] = "Left the council on 25 November 2026." });
        Assert.Equal($"/admin/users/{user.Id}", locked.Headers.Location?.OriginalString);
        var person = PortalClient.For(factory);
        await person.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = user.Email! });
        var link = PortalClient.LinkIn((await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().SingleAsync(m => m.To == user.Email))).Body);
        var form = await person.GetDocumentAsync(link);
        var reset = await person.PostFormAsync(link, "/account/reset-password", new()
        {
            ["Email"] = form.QuerySelector("input[name=Email]")!.GetAttribute("value")!,
            ["Token"] = form.QuerySelector("input[name=Token]")!.GetAttribute("value")!,
            ["NewPassword"] = "a brand new password",
            ["ConfirmPassword"] = "a brand new password",
        });
        // The reset itself goes through (so the refusal below is the lock, not a wrong password).
        Assert.Equal("/account/sign-in", reset.Headers.Location?.OriginalString);

        var response = await person.SignInAsync(user.Email!, "a brand new password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The sign-in page answers as for a wrong password (it never says which addresses have accounts); the reset
        // e-mail, which only the mailbox's owner reads, says why.
        Assert.Equal(["Enter a correct email address and password"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Contains("Your account is locked by a portal administrator. A new password does not unlock it",
            (await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().SingleAsync(m => m.To == user.Email))).Body);
    }

    [Fact]
    public async Task an_administrator_cannot_lock_themselves()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var self = await TestUsers.FindAsync(factory, "admin@example.org");
        Assert.Null((await admin.GetDocumentAsync($"/admin/users/{self.Id}")).QuerySelector($"a[href='/admin/users/{self.Id}/lock']"));

        var response = await admin.PostFormAsync($"/admin/users/{self.Id}/lock", $"/admin/users/{self.Id}/lock", new() { ["Reason"] = "Left the council on 25 November 2026." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["You cannot lock your own account."], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Null((await TestUsers.FindAsync(factory, "admin@example.org")).LockoutEnd);
    }

    [Theory]
    [InlineData("commissioner@example.org")]
    [InlineData("provider@example.org")]
    [InlineData("evaluator@example.org")]
    public async Task are_the_only_people_who_may_use_the_page(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);

        var response = await client.Http.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You cannot use this page", (await PortalClient.ParseAsync(response)).Heading());
    }

    [Fact]
    public async Task someone_not_signed_in_is_sent_to_sign_in_and_back()
    {
        var response = await PortalClient.For(factory).Http.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fadmin%2Fusers", response.Headers.Location?.PathAndQueryOrOriginal());
    }

    private static List<string> Names(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    private Task<int> ProviderIdOf(string name) => factory.WithDbAsync(db => db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private static Task<HttpResponseMessage> Invite(PortalClient admin, string name, string email, string role, int? providerId) =>
        admin.PostFormAsync("/admin/users/new", "/admin/users/new", new()
        {
            ["Name"] = name,
            ["Email"] = email,
            ["JobTitle"] = "",
            ["Role"] = role,
            ["ProviderId"] = providerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["CommissioningOrganisationId"] = "",
        });
}
