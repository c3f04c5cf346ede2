using LeedsCommissioning.Web.TagHelpers;

namespace LeedsCommissioning.Web.Tests.TagHelpers;

/// <summary>The wrapper every table goes in (docs/patterns.md, "Reflow at 320 CSS pixels").</summary>
public class Rendering_a_table_scroll_region
{
    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm());

    [Fact]
    public void is_a_named_region_the_keyboard_can_reach()
    {
        var region = _page.Render(new AppTableScrollTagHelper { Label = "Contracts" }).Single("div");

        Assert.Equal("app-table-scroll", region.ClassName);
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("Contracts", region.GetAttribute("aria-label"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
    }

    [Fact]
    public void keeps_the_first_column_in_view_when_asked()
    {
        var region = _page.Render(new AppTableScrollTagHelper { Label = "Providers", StickyFirstColumn = true }).Single("div");

        Assert.Equal(["app-table-scroll", "app-table-scroll--sticky-first-column"], region.ClassList);
    }

    [Fact]
    public void refuses_to_render_a_region_without_a_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _page.Render(new AppTableScrollTagHelper { Label = " " }));

        Assert.Contains("needs a label", error.Message, StringComparison.Ordinal);
    }
}
