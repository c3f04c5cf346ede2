using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>The new-opportunity form shows every date out of order at once (Opportunity.SetTimetable collects them), each linked to its field.</summary>
public sealed class Checking_a_timetable_at_once(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task two_dates_out_of_order_are_both_shown_beside_their_fields_and_what_was_typed_stays()
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var form = Drafting_and_publishing.Draft("Dates in the wrong order");
        form["ClarificationDeadline.Day"] = "29";
        form["ClarificationDeadline.Month"] = "11";
        form["AwardBy.Day"] = "1";
        form["AwardBy.Month"] = "2";

        var response = await officer.PostFormAsync("/procurement/opportunities/new", "/procurement/opportunities/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["The clarification deadline must be after the publication date", "The award date must be after the evaluation date"], page.ErrorSummary());
        Assert.Equal(["#ClarificationDeadline_Day", "#AwardBy_Day"], page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal("Dates in the wrong order", page.Value("Title"));
    }
}
