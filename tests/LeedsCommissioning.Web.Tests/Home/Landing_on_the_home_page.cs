using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Home;

public sealed class Landing_on_the_home_page(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [MemberData(nameof(PortalClient.DemoEmails), MemberType = typeof(PortalClient))]
    public async Task each_demo_role_sees_the_home_page_for_its_work(string email)
    {
        var role = DemoData.Accounts.Single(a => a.Email == email).Role;
        var client = await PortalClient.SignedInAsync(factory, email);

        var home = await client.GetDocumentAsync("/");

        var expected = role switch
        {
            Roles.Administrator => "Portal administration",
            Roles.CouncilCommissioner => "Commissioning: Leeds City Council",
            Roles.CcgCommissioner => "Commissioning: NHS Leeds",
            Roles.ProcurementOfficer => "Procurement",
            Roles.DecisionMaker => "Decisions",
            Roles.ProviderUser => "Your organisation",
            Roles.Evaluator => "Evaluation panels",
            _ => throw new InvalidOperationException("A demo account has a role this test does not know: " + role),
        };
        Assert.Equal(expected, home.Heading());
        Assert.Contains(Roles.Describe(role), home.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PortalClient.DemoEmails), MemberType = typeof(PortalClient))]
    public async Task the_service_navigation_shows_what_the_role_may_use(string email)
    {
        var role = DemoData.Accounts.Single(a => a.Email == email).Role;
        var client = await PortalClient.SignedInAsync(factory, email);

        var navigation = (await client.GetDocumentAsync("/")).ServiceNavigation();

        Assert.Contains("Home", navigation);
        Assert.Contains("Sign out", navigation);
        Assert.Contains(navigation, text => text.StartsWith("Your account", StringComparison.Ordinal));
        if (role == Roles.Administrator)
        {
            Assert.Contains("Administration", navigation);
            Assert.Equal(["Manage users", "Open data checks", "Audit trail"], (await client.GetDocumentAsync("/admin/users")).SectionNavigation());
        }
        else
        {
            Assert.DoesNotContain("Administration", navigation);
            Assert.DoesNotContain("Manage users", navigation);
        }

        // No role's menu wraps onto a second line on a desktop: sections gather the areas (Navigation's remarks).
        Assert.InRange(navigation.Count, 3, 8);
    }

    [Fact]
    public async Task a_provider_user_sees_the_organisation_they_belong_to()
    {
        var client = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        var home = await client.GetDocumentAsync("/");

        Assert.Contains(DemoData.SmallProviderName, home.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task someone_not_signed_in_sees_the_landing_page_with_a_sign_in_link()
    {
        var page = await PortalClient.For(factory).GetDocumentAsync("/");

        // Public areas (no policy) show to everyone: the opportunities list is for the public (issue 6).
        Assert.Equal(["Opportunities", "Sign in"], page.ServiceNavigation());
    }
}
