using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>Puts a validated <see cref="ContractFormViewModel"/> onto a new <see cref="Contract"/> through its own methods.</summary>
internal static class ContractForm
{
    /// <summary>
    /// Order matters (Contract.cs): the value and the funding together (<see cref="Contract.Revalue"/>), then the
    /// providers, whose shares must fit in the value; extensions need the term. The contract stays planned.
    /// </summary>
    public static void Apply(Contract contract, ContractFormViewModel model, IReadOnlyDictionary<int, Provider> providers)
    {
        contract.UpdateSummary(model.Reference!, model.Title!, model.Description, model.ServiceArea!.Value,
            model.CommissioningOrganisationId!.Value, model.AgreementType!.Value, model.PaymentMechanism!.Value, model.ProcurementRoute!.Value);
        contract.SetTerm(model.StartDate.ToDateOnly()!.Value, model.InitialEndDate.ToDateOnly()!.Value);

        var value = MoneyText.Parse(model.AnnualValue)!.Value;
        var lines = model.Providers.Where(p => !p.IsBlank).Select(p => new ContractProviderLine(
            providers.TryGetValue(p.ProviderId!.Value, out var provider) ? provider : throw new DomainException("Select a provider from the list", "Providers"),
            p.Role!.Value,
            p.Role == ProviderRole.Lead ? 0m : MoneyText.Parse(p.AnnualShare)!.Value)).ToList();
        var funding = model.Funding.Where(f => !f.IsBlank).Select(f => new FundingLine(
            f.FunderOrganisationId, f.FunderOrganisationId is null ? f.PartnerName : null, f.Stream!.Value, MoneyText.Parse(f.AnnualAmount)!.Value)).ToList();
        contract.Revalue(value, funding);
        contract.SetProviders(lines);

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
    }

    /// <summary>The entity's field names, as this form calls them.</summary>
    public static DomainException FieldFor(DomainException ex) => ex.Field switch
    {
        nameof(Contract.ResponsibleCommissionerName) => new DomainException(ex.Message, nameof(ContractFormViewModel.ResponsibleCommissionerId)),
        nameof(Contract.StartDate) => new DomainException(ex.Message, nameof(ContractFormViewModel.StartDate)),
        _ => ex,
    };
}
