namespace LeedsCommissioning.Domain.Waivers;

/// <summary>Who is deciding, as the web layer knows them.</summary>
public sealed record Decider(string UserId, string Name, bool IsDecisionMaker);
