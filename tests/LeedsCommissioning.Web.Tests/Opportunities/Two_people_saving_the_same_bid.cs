using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

public sealed class Two_people_saving_the_same_bid(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_second_person_of_the_provider_is_refused_with_who_changed_it_and_keeps_what_they_typed()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var first = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await Demo.SubmitBidAsync(first, id, lotId, "The first draft.", command: "save")).StatusCode);

        // A colleague at the same organisation, signed in on their own account.
        var colleague = await TestUsers.CreateAsync(factory, Roles.ProviderUser);
        var owner = await TestUsers.FindAsync(factory, "small.provider@example.org");
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == colleague.Id);
            user.ProviderId = owner.ProviderId;
            await db.SaveChangesAsync();
            return 0;
        });
        var second = await PortalClient.SignedInAsync(factory, colleague.Email!);
        var opened = (await second.GetDocumentAsync(url)).QuerySelector($"form[action='{url}'] input[name=Version]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.Redirect, (await Demo.SubmitBidAsync(first, id, lotId, "The owner's answer, saved first.", command: "save")).StatusCode);
        var stale = Demo.CompleteBid("The colleague's answer, saved second.", command: "save");
        stale["Version"] = opened;
        var response = await second.PostFormAsync(url, url, stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var message = Assert.Single(page.ErrorSummary());
        Assert.StartsWith($"{owner.DisplayName} changed this bid on 26 November 2026 at 10:00am, after you opened it.", message, StringComparison.Ordinal);
        Assert.EndsWith("Your changes have not been saved. Everything you entered is still below: check their changes, then save again to keep yours.", message, StringComparison.Ordinal);
        Assert.Equal("The colleague's answer, saved second.", page.GetElementById("Answers_0_")?.TextContent.Trim());
        var saved = await factory.WithDbAsync(db => db.Set<Domain.Opportunities.Bid>().Where(b => b.OpportunityId == id && b.LotId == lotId)
            .SelectMany(b => b.Answers).OrderBy(a => a.Id).Select(a => a.Text).FirstAsync());
        Assert.Equal("The owner's answer, saved first.", saved);
    }
}
