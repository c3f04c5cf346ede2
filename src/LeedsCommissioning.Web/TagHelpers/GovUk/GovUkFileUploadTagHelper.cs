using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LeedsCommissioning.Web.TagHelpers.GovUk;

/// <summary>GOV.UK file upload for an IFormFile property (the form needs enctype="multipart/form-data").</summary>
[HtmlTargetElement("govuk-file-upload")]
public sealed class GovUkFileUploadTagHelper : GovUkLabelledFieldTagHelperBase
{
    /// <summary>e.g. ".pdf,.docx,.xlsx".</summary>
    [HtmlAttributeName("accept")]
    public string? Accept { get; set; }

    /// <summary>Allow several files (bind to IEnumerable&lt;IFormFile&gt;).</summary>
    [HtmlAttributeName("multiple")]
    public bool Multiple { get; set; }

    protected override IHtmlContent Render(TagHelperOutput output)
    {
        var id = FieldId;
        var error = ErrorMessageText;

        var group = GovUkHtml.FormGroup(error is not null);
        group.InnerHtml.AppendHtml(RenderLabel(id));
        var describedBy = AppendHintAndError(group, id, error);

        var input = GovUkHtml.Input(
            GovUkHtml.Classes("govuk-file-upload", error is not null ? "govuk-file-upload--error" : null),
            id,
            FieldName,
            "file");
        if (Multiple)
        {
            input.Attributes["multiple"] = "multiple";
        }

        GovUkHtml.SetDescribedBy(input, describedBy);
        if (!string.IsNullOrEmpty(Accept))
        {
            input.Attributes["accept"] = Accept;
        }

        GovUkHtml.CopyUnboundAttributes(output, input);
        group.InnerHtml.AppendHtml(input);
        return group;
    }
}
