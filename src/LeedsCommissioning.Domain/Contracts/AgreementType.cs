namespace LeedsCommissioning.Domain.Contracts;

/// <summary>The kind of agreement (issue 4; domain.md section 2 "grants versus contracts").</summary>
public enum AgreementType
{
    Contract = 0,
    Grant = 1,
    FrameworkCallOff = 2,
    Section75Agreement = 3,
}
