using LeedsCommissioning.Domain.Registration;

namespace LeedsCommissioning.Web.Features.Registration;

public sealed record ApplicationRow(int Id, string OrganisationName, string ApplicantName, DateTime SubmittedAtUtc, ApplicationStatus Status);
