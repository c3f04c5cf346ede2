namespace LeedsCommissioning.Domain.Waivers;

/// <summary>Draft → submitted → decided (approved or refused) (issue 5).</summary>
public enum WaiverStatus
{
    Draft = 0,
    Submitted = 1,
    Approved = 2,
    Refused = 3,
}
