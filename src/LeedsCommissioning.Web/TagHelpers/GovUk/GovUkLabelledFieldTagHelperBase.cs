using System.Collections;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>Base for single-control components that have a &lt;label&gt;.</summary>
public abstract class GovUkLabelledFieldTagHelperBase : GovUkFieldTagHelperBase
{
    /// <summary>Wraps the label in &lt;h1 class="govuk-label-wrapper"&gt;.</summary>
    [HtmlAttributeName("label-is-page-heading")]
    public bool LabelIsPageHeading { get; set; }

    /// <summary>Extra label classes, e.g. govuk-label--l. Defaults to govuk-label--l for a page heading.</summary>
    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    protected IHtmlContent RenderLabel(string forId) =>
        GovUkHtml.Label(LabelText, forId, LabelIsPageHeading, LabelClass ?? (LabelIsPageHeading ? "govuk-label--l" : null));
}
