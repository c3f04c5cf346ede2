using System.Collections;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>Base for components grouped in a &lt;fieldset&gt; with a &lt;legend&gt;.</summary>
public abstract class GovUkFieldsetTagHelperBase : GovUkFieldTagHelperBase
{
    /// <summary>Puts the legend text in &lt;h1 class="govuk-fieldset__heading"&gt;.</summary>
    [HtmlAttributeName("legend-is-page-heading")]
    public bool LegendIsPageHeading { get; set; }

    /// <summary>Extra legend classes, e.g. govuk-fieldset__legend--m. Defaults to --l for a page heading.</summary>
    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    protected TagBuilder RenderFieldset(string? role = null) =>
        GovUkHtml.Fieldset(
            LabelText,
            LegendIsPageHeading,
            LegendClass ?? (LegendIsPageHeading ? "govuk-fieldset__legend--l" : null),
            role);

    /// <summary>Form group &gt; fieldset &gt; hint, error, <paramref name="controls"/>.</summary>
    protected IHtmlContent RenderFieldsetGroup(string? errorMessage, IHtmlContent controls, string? role = null)
    {
        var fieldset = RenderFieldset(role);
        var describedBy = AppendHintAndError(fieldset, FieldId, errorMessage);
        GovUkHtml.SetDescribedBy(fieldset, describedBy);
        fieldset.InnerHtml.AppendHtml(controls);

        var group = GovUkHtml.FormGroup(errorMessage is not null);
        group.InnerHtml.AppendHtml(fieldset);
        return group;
    }
}
