namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>What happened to an opportunity on its way to publication, and who did it.</summary>
public enum ApprovalStepKind
{
    Submitted = 0,
    Withdrawn = 1,
    Returned = 2,
    Approved = 3,
    BackToDraft = 4,
    Published = 5,
}
