using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Users;

/// <summary>The portal always keeps one active administrator. The demo data has exactly one: admin@example.org.</summary>
public sealed class Keeping_an_administrator(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Rule = "This is the only active administrator. Make someone else an administrator first.";

    [Fact]
    public async Task the_last_administrator_cannot_be_given_another_role()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var self = await TestUsers.FindAsync(factory, "admin@example.org");

        var response = await admin.PostFormAsync($"/admin/users/{self.Id}/edit", $"/admin/users/{self.Id}/edit", new()
        {
            ["Name"] = self.DisplayName,
            ["Email"] = self.Email!,
            ["JobTitle"] = "Renamed while demoting",
            ["Role"] = Roles.CouncilCommissioner,
            ["ProviderId"] = "",
            ["CommissioningOrganisationId"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal([Rule], page.ErrorSummary());
        Assert.Equal(Rule, page.FieldError("Role"));
        Assert.Equal([Roles.Administrator], await TestUsers.RolesOfAsync(factory, "admin@example.org"));
        Assert.Equal(self.JobTitle, (await TestUsers.FindAsync(factory, "admin@example.org")).JobTitle);
    }

    [Fact]
    public async Task the_last_active_administrator_cannot_be_locked()
    {
        // A second administrator, locked by the first while still signed in, tries to lock the first.
        var second = await TestUsers.CreateAsync(factory, Roles.Administrator);
        var secondClient = await PortalClient.SignedInAsync(factory, second.Email!);
        var first = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var lockSecond = await first.PostFormAsync($"/admin/users/{second.Id}/lock", $"/admin/users/{second.Id}/lock", new() { ["Reason"] = "Left the council on 25 November 2026." });
        Assert.Equal(HttpStatusCode.Redirect, lockSecond.StatusCode);
        var firstAdmin = await TestUsers.FindAsync(factory, "admin@example.org");

        var response = await secondClient.PostFormAsync($"/admin/users/{firstAdmin.Id}/lock", $"/admin/users/{firstAdmin.Id}/lock", new() { ["Reason"] = "Left the council on 25 November 2026." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Rule], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Null((await TestUsers.FindAsync(factory, "admin@example.org")).LockoutEnd);
        Assert.Equal(HttpStatusCode.OK, (await first.Http.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task another_administrator_can_be_demoted_while_one_remains()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var other = await TestUsers.CreateAsync(factory, Roles.Administrator);

        var response = await admin.PostFormAsync($"/admin/users/{other.Id}/edit", $"/admin/users/{other.Id}/edit", new()
        {
            ["Name"] = other.DisplayName,
            ["Email"] = other.Email!,
            ["Role"] = Roles.Evaluator,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Evaluator], await TestUsers.RolesOfAsync(factory, other.Email!));
    }
}
