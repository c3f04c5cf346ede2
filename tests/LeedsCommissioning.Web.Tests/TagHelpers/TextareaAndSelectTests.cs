using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Tests.TagHelpers;

public class Rendering_a_textarea
{
    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm { Description = "Saved text" });

    private Rendered Render() => _page.Render(new GovUkTextareaTagHelper
    {
        ViewContext = _page.ViewContext,
        For = _page.For(m => m.Description),
        Rows = 8,
        Hint = "Do not include personal information",
    });

    [Fact]
    public void shows_the_model_value_as_its_content()
    {
        var textarea = Render().Single("textarea.govuk-textarea");

        Assert.Equal("Saved text", textarea.TextContent);
        Assert.Equal("8", textarea.GetAttribute("rows"));
        Assert.Equal("Description", textarea.GetAttribute("name"));
        Assert.Equal("Describe the service", Render().Single("label[for=Description]").TextContent);
    }

    [Fact]
    public void shows_the_attempted_value_and_error_after_a_failed_post()
    {
        _page.Posted("Description", "Typed <text>").Error("Description", "Description must be 500 characters or fewer");

        var html = Render();

        var textarea = html.Single("textarea");
        Assert.Equal("Typed <text>", textarea.TextContent);
        Assert.Equal("govuk-textarea govuk-textarea--error", textarea.ClassName);
        Assert.Equal("Description-hint Description-error", textarea.GetAttribute("aria-describedby"));
        Assert.Equal("Description-error", html.Single("p.govuk-error-message").Id);
    }
}

public class Rendering_a_character_count
{
    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm());

    [Fact]
    public void describes_the_textarea_by_the_count_message_then_hint_then_error()
    {
        _page.Error("Description", "Description must be 200 words or fewer");

        var html = _page.Render(new GovUkCharacterCountTagHelper
        {
            ViewContext = _page.ViewContext,
            For = _page.For(m => m.Description),
            Hint = "Summarise the service",
            MaxWords = 200,
        });

        var group = html.Single("div.govuk-form-group");
        Assert.Equal("govuk-form-group govuk-form-group--error govuk-character-count", group.ClassName);
        Assert.Equal("govuk-character-count", group.GetAttribute("data-module"));
        Assert.Equal("200", group.GetAttribute("data-maxwords"));
        var textarea = html.Single("textarea");
        Assert.Equal("govuk-textarea govuk-textarea--error govuk-js-character-count", textarea.ClassName);
        Assert.Equal("Description-info Description-hint Description-error", textarea.GetAttribute("aria-describedby"));
        var info = html.Single("#Description-info");
        Assert.Equal("govuk-hint govuk-character-count__message", info.ClassName);
        Assert.Equal("You can enter up to 200 words", info.TextContent);
    }
}

public class Rendering_a_select
{
    private static readonly SelectListItem[] Lots =
    [
        new("Lot 1: Adults", "lot-1"),
        new("Lot 2: Children", "lot-2"),
    ];

    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm { Lot = "lot-1" });

    private Rendered Render() => _page.Render(new GovUkSelectTagHelper
    {
        ViewContext = _page.ViewContext,
        For = _page.For(m => m.Lot),
        Items = Lots,
        Placeholder = "Choose a lot",
    });

    [Fact]
    public void renders_the_placeholder_first_and_selects_the_model_value()
    {
        var options = Render().All("select.govuk-select > option");

        Assert.Equal(["", "lot-1", "lot-2"], options.Select(o => o.GetAttribute("value")));
        Assert.Equal("Choose a lot", options[0].TextContent);
        Assert.Equal(["lot-1"], options.Where(o => o.HasAttribute("selected")).Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public void selects_the_attempted_value_and_shows_the_error_after_a_failed_post()
    {
        _page.Posted("Lot", "lot-2").Error("Lot", "Select a lot");

        var html = Render();

        var select = html.Single("select");
        Assert.Equal("govuk-select govuk-select--error", select.ClassName);
        Assert.Equal("Lot-error", select.GetAttribute("aria-describedby"));
        Assert.Equal("Lot", select.Id);
        Assert.Equal(["lot-2"], html.All("option[selected]").Select(o => o.GetAttribute("value")));
    }
}

public class Rendering_a_file_upload
{
    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm());

    [Fact]
    public void renders_a_file_input_with_accept_and_error()
    {
        _page.Error("Specification", "The selected file must be a PDF, Word or Excel file");

        var html = _page.Render(new GovUkFileUploadTagHelper
        {
            ViewContext = _page.ViewContext,
            For = _page.For(m => m.Specification),
            Hint = "PDF, Word or Excel, up to 10MB",
            Accept = ".pdf,.docx,.xlsx",
        });

        var input = html.Single("input[type=file]");
        Assert.Equal("govuk-file-upload govuk-file-upload--error", input.ClassName);
        Assert.Equal("Specification", input.Id);
        Assert.Equal(".pdf,.docx,.xlsx", input.GetAttribute("accept"));
        Assert.Equal("Specification-hint Specification-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("Upload the specification", html.Single("label[for=Specification]").TextContent);
    }
}
