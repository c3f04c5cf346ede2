using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record ExistingExtension(int Number, int Months, DateOnly DecideBy, ExtensionStatus Status, DateOnly? DecidedOn);
