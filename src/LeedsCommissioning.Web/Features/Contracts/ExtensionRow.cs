using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record ExtensionRow(int Number, int Months, DateOnly DecideBy, ExtensionStatus Status, DateOnly? DecidedOn, DateOnly? From, DateOnly? To);
