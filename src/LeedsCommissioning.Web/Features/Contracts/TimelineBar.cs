namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>One bar of the term timeline: a period, where it starts and how wide it is, as whole percentages of the scale.</summary>
public sealed record TimelineBar(string Label, DateOnly From, DateOnly To, string Kind, int Offset, int Width);
