using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Users;

/// <summary>
/// The security stamp validator takes its clock from DI (SecurityStampValidatorOptions.TimeProvider),
/// so the fake clock can move past its 5-minute interval. This class has a factory of its own because it moves the clock.
/// </summary>
public sealed class Locking_a_signed_in_person(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task signs_them_out_within_5_minutes()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var person = await PortalClient.SignedInAsync(factory, user.Email!);
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        await admin.PostFormAsync($"/admin/users/{user.Id}/lock", $"/admin/users/{user.Id}/lock", new() { ["Reason"] = "Left the council on 25 November 2026." });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var soon = await person.Http.GetAsync("/account");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await person.Http.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, soon.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.StartsWith("/account/sign-in", later.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/admin/users")).StatusCode);
    }
}
