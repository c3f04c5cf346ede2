using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>Puts a validated <see cref="ContractFormViewModel"/> onto a <see cref="Contract"/> through its own methods.</summary>
internal static class ContractForm
{
    /// <summary>
    /// Order matters (Contract.cs): pending extensions are removed before the term moves; the value and
    /// the funding change together (<see cref="Contract.Revalue"/>), before the providers when the value
    /// goes up and after them when it goes down, so partners' and subcontractors' shares always fit;
    /// new extensions need the new term; the status moves last, once the funding balances.
    /// Needs Providers.Provider and Extensions loaded on an existing contract.
    /// </summary>
    public static void Apply(Contract contract, ContractFormViewModel model, IReadOnlyDictionary<int, Provider> providers)
    {
        contract.UpdateSummary(model.Reference!, model.Title!, model.Description, model.ServiceArea!.Value,
            model.CommissioningOrganisationId!.Value, model.AgreementType!.Value, model.PaymentMechanism!.Value, model.ProcurementRoute!.Value);
        foreach (var number in model.RemoveExtensions.Distinct())
        {
            contract.RemoveExtension(number);
        }

        contract.SetTerm(model.StartDate.ToDateOnly()!.Value, model.InitialEndDate.ToDateOnly()!.Value);

        var value = MoneyText.Parse(model.AnnualValue)!.Value;
        var lines = model.Providers.Where(p => !p.IsBlank).Select(p => new ContractProviderLine(
            providers.TryGetValue(p.ProviderId!.Value, out var provider) ? provider : throw new DomainException("Select a provider from the list", "Providers"),
            p.Role!.Value,
            p.Role == ProviderRole.Lead ? 0m : MoneyText.Parse(p.AnnualShare)!.Value)).ToList();
        var funding = model.Funding.Where(f => !f.IsBlank).Select(f => new FundingLine(
            f.FunderOrganisationId, f.FunderOrganisationId is null ? f.PartnerName : null, f.Stream!.Value, MoneyText.Parse(f.AnnualAmount)!.Value)).ToList();
        if (value >= contract.AnnualValue)
        {
            contract.Revalue(value, funding);
            contract.SetProviders(lines);
        }
        else
        {
            contract.SetProviders(lines);
            contract.Revalue(value, funding);
        }

        contract.RequireSmallShare(model.RequiredSmallSharePercent);

        for (var i = 0; i < model.NewExtensions.Count; i++)
        {
            var row = model.NewExtensions[i];
            if (row.IsBlank)
            {
                continue;
            }

            try
            {
                contract.AddExtension(NumberText.WholeNumber(row.Months)!.Value, row.DecideBy.ToDateOnly()!.Value);
            }
            catch (DomainException ex)
            {
                throw new DomainException(ex.Message, $"NewExtensions[{i}].{(ex.Field == "DecideBy" ? "DecideBy" : "Months")}");
            }
        }

        if (model.Status is { } status && status != contract.Status)
        {
            contract.MoveTo(status);
        }
    }

    /// <summary>The entity's field names, as this form calls them.</summary>
    public static DomainException FieldFor(DomainException ex) => ex.Field switch
    {
        nameof(Contract.ResponsibleCommissionerName) => new DomainException(ex.Message, nameof(ContractFormViewModel.ResponsibleCommissionerId)),
        nameof(Contract.Extensions) => new DomainException(ex.Message, nameof(ContractFormViewModel.RemoveExtensions)),
        nameof(Contract.StartDate) => new DomainException(ex.Message, nameof(ContractFormViewModel.StartDate)),
        _ => ex,
    };
}
