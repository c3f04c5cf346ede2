using System.Net;
using LeedsCommissioning.Domain.Registration;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

public sealed class Approving_a_registration_is_one_transaction(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task an_approval_that_fails_half_way_leaves_no_provider_and_no_account_behind()
    {
        const string email = "sam.patel@harehills-kitchen.example.org";
        var sent = await PortalClient.For(factory).PostFormAsync("/register-organisation", "/register-organisation", new()
        {
            ["OrganisationName"] = "Harehills Community Kitchen",
            ["Type"] = "RegisteredCharity",
            ["CharityNumber"] = "1176543",
            ["Postcode"] = "LS8 5BD",
            ["IsLeedsBased"] = "true",
            ["Localities"] = "NorthEast",
            ["Description"] = "Shared meals for carers.",
            ["ApplicantName"] = "Sam Patel",
            ["ApplicantEmail"] = email,
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var id = await factory.WithDbAsync(db => db.OrganisationApplications.Where(a => a.ApplicantEmail == email).Select(a => a.Id).SingleAsync());

        // An account already signs in with the applicant's address as its user name, under another e-mail: the
        // e-mail check passes, the provider is made, and then creating the applicant's account fails.
        var clash = await TestUsers.CreateAsync(factory, Roles.Evaluator, email);
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == clash.Id);
            user.Email = "someone.else@example.org";
            user.NormalizedEmail = "SOMEONE.ELSE@EXAMPLE.ORG";
            return await db.SaveChangesAsync();
        });

        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var approved = await commissioner.PostFormAsync($"/procurement/organisation-applications/{id}", $"/procurement/organisation-applications/{id}/approve", []);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var page = await commissioner.GetDocumentAsync(approved.Headers.Location!.OriginalString);
        Assert.Contains("is already taken", page.PageError(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Providers.AnyAsync(p => p.Name == "Harehills Community Kitchen")));
        Assert.Equal(ApplicationStatus.Pending, await factory.WithDbAsync(db => db.OrganisationApplications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedUserName == email.ToUpperInvariant())));
    }
}
