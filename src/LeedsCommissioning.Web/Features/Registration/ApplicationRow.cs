using LeedsCommissioning.Domain.Registration;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Registration;

public sealed record ApplicationRow(int Id, string OrganisationName, string ApplicantName, DateTime SubmittedAtUtc, ApplicationStatus Status)
{
    /// <summary>The organisation applications list as a download (docs/patterns.md "Downloads"): its columns, for those who decide them.</summary>
    public static ListExport<ApplicationRow> Export { get; } = new ListExport<ApplicationRow>("organisation-applications", "Organisation applications")
        .Text("Organisation", r => r.OrganisationName, 40)
        .Text("Applicant", r => r.ApplicantName, 30)
        .DateTime("Sent", r => r.SubmittedAtUtc)
        .Text("Status", r => r.Status.ToString(), 12);
}
