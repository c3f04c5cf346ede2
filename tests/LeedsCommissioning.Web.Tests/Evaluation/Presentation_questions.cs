using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using LeedsCommissioning.Web.Tests.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Evaluation;

public sealed class Presentation_questions(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_evaluation_model_asks_how_a_question_is_answered_and_a_presentation_needs_no_word_limit()
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var created = await officer.PostFormAsync("/procurement/opportunities/new", "/procurement/opportunities/new", Drafting_and_publishing.Draft("Young carers' voice"));
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var form = $"/procurement/opportunities/{id}/evaluation/questions/new";

        var none = await PortalClient.ParseAsync(await officer.PostFormAsync(form, form, new() { ["Text"] = "Tell us", ["Weight"] = "20", ["Kind"] = "", ["WordLimit"] = "" }));
        var written = await PortalClient.ParseAsync(await officer.PostFormAsync(form, form, new() { ["Text"] = "Tell us", ["Weight"] = "20", ["Kind"] = "WrittenAnswer", ["WordLimit"] = "" }));
        var saved = await officer.PostFormAsync(form, form, new()
        {
            ["Text"] = "Present your plan to a panel of young carers", ["Weight"] = "20", ["Kind"] = "Presentation", ["WordLimit"] = "", ["Scorers"] = "Young carers' panel",
        });

        Assert.Equal(["Select how bidders answer the question"], none.ErrorSummary());
        Assert.Equal(["Enter the word limit"], written.ErrorSummary());
        Assert.NotNull(written.QuerySelector("#Kind[checked]"));
        Assert.Equal($"/procurement/opportunities/{id}/evaluation", saved.Headers.Location?.OriginalString);
        var question = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.QualityQuestions).SingleAsync());
        Assert.Equal((QuestionKind.Presentation, 0, 20), (question.Kind, question.WordLimit, question.Weight));
        var model = await officer.GetDocumentAsync($"/procurement/opportunities/{id}/evaluation");
        Assert.Contains("Presentation", model.Body!.TextContent, StringComparison.Ordinal);
        var edit = await officer.GetDocumentAsync($"/procurement/opportunities/{id}/evaluation/questions/{question.Id}/edit");
        Assert.NotNull(edit.QuerySelector("#Kind-2[checked]"));
    }
}
