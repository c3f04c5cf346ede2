namespace LeedsCommissioning.Domain.Opportunities;

public static class ApprovalStepNames
{
    public static string ToDisplayName(this ApprovalStepKind kind) => kind switch
    {
        ApprovalStepKind.Submitted => "Submitted for approval",
        ApprovalStepKind.Withdrawn => "Submission withdrawn",
        ApprovalStepKind.Returned => "Returned to the author",
        ApprovalStepKind.Approved => "Approved to publish",
        ApprovalStepKind.BackToDraft => "Returned to draft after approval",
        ApprovalStepKind.Published => "Published",
        _ => kind.ToString(),
    };
}
