using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Users;

public sealed class Account_status_on_the_users_list(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task someone_invited_who_has_never_signed_in_is_listed_as_invited_not_active()
    {
        var invited = await TestUsers.CreateAsync(factory, Roles.Evaluator, password: null);
        var active = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        Assert.Equal("Invited", await StatusOn(admin, invited.Email!));
        Assert.Equal("Active", await StatusOn(admin, active.Email!));
        var details = await admin.GetDocumentAsync("/admin/users/" + invited.Id);
        Assert.Equal("Invited", details.QuerySelector(".govuk-summary-list .govuk-tag")?.TextContent.Trim());
    }

    private static async Task<string?> StatusOn(PortalClient admin, string email)
    {
        var page = await admin.GetDocumentAsync("/admin/users?search=" + Uri.EscapeDataString(email));
        return page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal))
            .QuerySelector(".govuk-tag")?.TextContent.Trim();
    }
}
