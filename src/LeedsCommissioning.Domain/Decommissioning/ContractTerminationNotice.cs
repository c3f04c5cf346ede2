using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Notices;

namespace LeedsCommissioning.Domain.Decommissioning;

/// <summary>
/// The UK11 contract termination notice (domain.md section 9: published "when a contract ends early or is
/// decommissioned"), prepared from the contract and the recorded change that ended it: the authority, the contract's
/// reference and title, its suppliers, the date it ended, why, and its value. Blocked while the contract has not been
/// decommissioned or ended early.
/// </summary>
public static class ContractTerminationNotice
{
    /// <summary>Needs the contract's Providers.Provider and Changes loaded.</summary>
    public static NoticeDraft For(Contract contract, string authority)
    {
        var ending = contract.Changes.Where(c => c.Kind == ContractChangeKind.Ending).OrderByDescending(c => c.RecordedAtUtc).FirstOrDefault();
        var decommissioned = contract.Status == ContractStatus.Decommissioned;
        var endedEarly = ending is not null && ending.EffectiveDate < ending.EndDateBefore
            && contract.Status is ContractStatus.Ending or ContractStatus.Ended;
        var draft = new NoticeDraft(NoticeKind.Uk11ContractTermination, contract.Title);
        if (!decommissioned && !endedEarly)
        {
            draft.Block($"The contract is {contract.Status.ToDisplayName().ToLowerInvariant()}: a termination notice is published once it is decommissioned (through its decommissioning case) or ended before its end date (“End this contract”)");
        }

        draft.Section("Contracting authority")
            .Required("Contracting authority", authority, "Record the contract's commissioning organisation on its page")
            .Section("Contract")
            .Required("Contract reference", contract.Reference, "Record the contract's reference")
            .Required("Contract title", contract.Title, "Record the contract's title")
            .Required("Suppliers", ContractNoticeFields.Suppliers(contract), "Record the contract's providers on its Providers page")
            .Required("Contract value (whole life)", UkTime.Money(contract.WholeLifeValue), "Record the contract's value")
            .Section("Termination")
            .Required("Termination date", ending is null ? null : UkTime.Date(ending.EffectiveDate), "Record the date the contract ends")
            .Required("Reason for termination", ending is null ? null : $"{(decommissioned ? "Decommissioned" : "Ended early")}: {ending.Reason}",
                "Record why the contract ends")
            .Optional("Original end date", ending is null ? null : UkTime.Date(ending.EndDateBefore));
        return draft;
    }
}
