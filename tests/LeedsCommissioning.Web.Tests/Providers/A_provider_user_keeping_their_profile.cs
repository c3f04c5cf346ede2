using System.Net;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Providers;

public sealed class A_provider_user_keeping_their_profile(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task changes_their_own_contacts_and_description_but_nothing_else_even_if_posted()
    {
        var aisha = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);
        var before = await factory.WithDbAsync(db => db.Providers.AsNoTracking().SingleAsync(p => p.Id == id));
        var form = await aisha.GetDocumentAsync($"/providers/{id}/profile");
        Assert.Null(form.GetElementById("AnnualIncome"));
        Assert.Contains("£62,000", form.GetElementById("annual-income")!.TextContent, StringComparison.Ordinal);

        var response = await aisha.SubmitAsync($"/providers/{id}/profile", ProviderForms.FieldsOf(form).With(new()
        {
            ["Description"] = "Peer-led wellbeing groups and a Saturday cafe.",
            ["Contacts[0].Name"] = "",
            ["Contacts[0].Role"] = "",
            ["Contacts[0].Email"] = "",
            ["Contacts[0].Phone"] = "",
            ["Contacts[2].Name"] = "Nadia Hussain",
            ["Contacts[2].Email"] = "nadia@example.org",
            // Fields of the commissioners' form are not the provider's to change: they are ignored.
            ["AnnualIncome"] = "1",
            ["Name"] = "Renamed",
            ["IsLeedsBased"] = "false",
            ["VettingStatus"] = "Lapsed",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/providers/{id}", response.Headers.Location!.PathAndQueryOrOriginal());
        var after = await factory.WithDbAsync(db => db.Providers.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("Peer-led wellbeing groups and a Saturday cafe.", after.Description);
        Assert.Equal([before.Contacts[1].Name, "Nadia Hussain"], after.Contacts.Select(c => c.Name));
        Assert.Equal((before.Name, before.AnnualIncome, before.IsLeedsBased, before.VettingStatus), (after.Name, after.AnnualIncome, after.IsLeedsBased, after.VettingStatus));
        var page = await aisha.GetDocumentAsync($"/providers/{id}");
        Assert.Equal("Your organisation's contacts and description have been updated", page.SuccessBanner());
    }

    [Fact]
    public async Task a_contact_needs_a_name_and_a_valid_email_address()
    {
        var aisha = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);
        var form = await aisha.GetDocumentAsync($"/providers/{id}/profile");

        var response = await aisha.SubmitAsync($"/providers/{id}/profile", ProviderForms.FieldsOf(form).With(new()
        {
            ["Contacts[0].Name"] = "",
            ["Contacts[0].Email"] = "not an email",
            ["Description"] = "Kept",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Enter the name of contact 1", page.FieldError("Contacts_0__Name"));
        Assert.Equal("Enter the email address of contact 1 in the correct format, like name@example.org", page.FieldError("Contacts_0__Email"));
        Assert.Equal("not an email", page.Value("Contacts_0__Email"));
        Assert.Equal("Kept", page.GetElementById("Description")!.TextContent.Trim());
    }

    [Fact]
    public async Task cannot_see_or_change_another_providers_profile()
    {
        var aisha = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var own = await factory.ProviderIdAsync(DemoData.SmallProviderName);
        var other = await factory.ProviderIdAsync(DemoData.LeadProviderName);
        var form = await aisha.GetDocumentAsync($"/providers/{own}/profile");
        var before = await factory.WithDbAsync(db => db.Providers.AsNoTracking().Where(p => p.Id == other).Select(p => p.Description).SingleAsync());

        var get = await aisha.Http.GetAsync($"/providers/{other}/profile");
        var post = await aisha.SubmitAsync($"/providers/{other}/profile", ProviderForms.FieldsOf(form).With(new() { ["Description"] = "Hijacked" }));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Providers.AsNoTracking().Where(p => p.Id == other).Select(p => p.Description).SingleAsync()));
    }

    [Fact]
    public async Task staff_change_providers_through_the_commissioners_form_not_the_profile()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);

        Assert.Equal(HttpStatusCode.Forbidden, (await commissioner.Http.GetAsync($"/providers/{id}/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commissioner.Http.GetAsync("/our-organisation")).StatusCode);
    }
}
