using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Web.Features.Waivers;

public sealed record WaiverVersionRow(int Id, int VersionNumber, WaiverStatus Status, DateOnly RegisterDate, DateOnly? DecidedOn);
