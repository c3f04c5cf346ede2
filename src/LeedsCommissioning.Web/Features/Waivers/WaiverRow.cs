using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Web.Features.Waivers;

public sealed record WaiverRow(
    int Id, string Subject, WaiverStatus Status, int VersionNumber, bool IsSuperseded, string? Directorate, string? Supplier,
    bool NewSupplier, decimal? Value, int? TermMonths, DateOnly RegisterDate, DateOnly? DecidedOn, string? DecisionMaker);
