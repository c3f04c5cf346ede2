using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Domain.Tests.Decommissioning;

/// <summary>The UK11 contract termination notice (domain.md section 9), prepared from the contract and the change that ended it.</summary>
public sealed class The_contract_termination_notice
{
    private static ChangeRecord On(DateOnly date, string reason) => new(date, reason, "u1", "Priya Shah", new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void is_blocked_while_the_contract_is_live()
    {
        var contract = The_Compact_check.LiveContract(ProviderType.Company, ProviderType.RegisteredCharity, ProviderType.Company);

        var notice = ContractTerminationNotice.For(contract, "Leeds City Council: Adults and Health");

        Assert.False(notice.IsReady);
        Assert.Contains(notice.Missing, m => m.StartsWith("The contract is live: a termination notice is published once it is decommissioned", StringComparison.Ordinal));
    }

    [Fact]
    public void is_ready_when_the_contract_ends_early_with_the_date_and_reason()
    {
        var contract = The_Compact_check.LiveContract(ProviderType.Company, ProviderType.Company, ProviderType.Company);
        contract.End(ContractStatus.Ending, On(new DateOnly(2027, 1, 31), "The building closes"));

        var notice = ContractTerminationNotice.For(contract, "Leeds City Council: Adults and Health");
        var fields = notice.Sections.SelectMany(s => s.Fields).ToDictionary(f => f.Label, f => f.Value);

        Assert.True(notice.IsReady);
        Assert.Equal("31 January 2027", fields["Termination date"]);
        Assert.Equal("Ended early: The building closes", fields["Reason for termination"]);
        Assert.Equal("31 March 2027", fields["Original end date"]);
        Assert.Equal("Leeds City Council: Adults and Health", fields["Contracting authority"]);
        Assert.Contains("Partner organisation (partner)", fields["Suppliers"], StringComparison.Ordinal);
    }

    [Fact]
    public void is_blocked_for_a_contract_ending_on_its_own_end_date()
    {
        var contract = The_Compact_check.LiveContract(ProviderType.Company, ProviderType.Company, ProviderType.Company);
        contract.End(ContractStatus.Ending, On(new DateOnly(2027, 3, 31), "Term over"));

        Assert.False(ContractTerminationNotice.For(contract, "Leeds City Council").IsReady);
    }
}
