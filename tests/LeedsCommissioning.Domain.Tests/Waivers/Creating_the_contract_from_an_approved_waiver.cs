using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Reference;
using static LeedsCommissioning.Domain.Tests.Waivers.WaiverExamples;

namespace LeedsCommissioning.Domain.Tests.Waivers;

public sealed class Creating_the_contract_from_an_approved_waiver
{
    [Fact]
    public void makes_a_direct_award_contract_for_the_term_with_the_new_supplier_as_lead()
    {
        var waiver = Submitted();
        waiver.Decide(Director, true, "ok", new DateOnly(2019, 10, 30), DecisionRules.Default);

        var supplier = waiver.SupplierForContract(null);
        var contract = waiver.CreateContract(supplier, ServiceArea.UniversalPreventionAndEarlyIntervention, new DateOnly(2019, 11, 1));

        Assert.Equal("National Development Team for Inclusion", supplier.Name);
        Assert.Equal(ContractAwardRoute.DirectAwardCprWaiver, contract.ProcurementRoute);
        Assert.Equal(new DateOnly(2019, 11, 1), contract.StartDate);
        Assert.Equal(new DateOnly(2021, 10, 31), contract.InitialEndDate);
        Assert.Equal(23_800m, contract.AnnualValue);
        Assert.Equal(waiver.Id, contract.CprWaiverId ?? 0);
        Assert.Same(supplier, contract.Lead!.Provider);
    }

    [Fact]
    public void is_refused_for_a_waiver_that_is_not_approved()
    {
        var waiver = Submitted();

        Assert.Throws<DomainException>(() => waiver.CreateContract(waiver.SupplierForContract(null), ServiceArea.SupportToLiveIndependently, new DateOnly(2019, 11, 1)));
    }

    [Fact]
    public void happens_once()
    {
        var waiver = Submitted();
        waiver.Decide(Director, true, "ok", Today, DecisionRules.Default);
        waiver.LinkContract(42);

        Assert.Throws<DomainException>(() => waiver.CreateContract(waiver.SupplierForContract(null), ServiceArea.SupportToLiveIndependently, new DateOnly(2019, 11, 1)));
        Assert.Equal(42, waiver.ContractId);
    }
}
