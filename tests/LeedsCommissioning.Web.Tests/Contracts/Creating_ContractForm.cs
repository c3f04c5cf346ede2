using System.Globalization;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>Builds the fields of the contract form as a browser posts them, from demo records.</summary>
internal static class ContractFormFields
{
    public static async Task<Dictionary<string, string>> NewAsync(PortalFactory factory, string reference) =>
        await factory.WithDbAsync(async db =>
        {
            var commissioner = await db.Users.Where(u => u.Email == "commissioner@example.org").Select(u => u.Id).SingleAsync();
            return new Dictionary<string, string>
            {
                ["Reference"] = reference,
                ["Title"] = "Men's mental health peer support",
                ["Description"] = "Peer support groups for men in east Leeds.",
                ["ServiceArea"] = "SupportInTheCommunity",
                ["CommissioningOrganisationId"] = await OrganisationAsync(db, "LCC-AH"),
                ["ResponsibleCommissionerId"] = commissioner,
                ["AgreementType"] = "Grant",
                ["PaymentMechanism"] = "Block",
                ["ProcurementRoute"] = "GrantRound",
                ["Status"] = "Planned",
                ["StartDate.Day"] = "1", ["StartDate.Month"] = "4", ["StartDate.Year"] = "2027",
                ["InitialEndDate.Day"] = "31", ["InitialEndDate.Month"] = "3", ["InitialEndDate.Year"] = "2030",
                ["AnnualValue"] = "120,000.00",
                ["Providers[0].ProviderId"] = await ProviderAsync(db, "Leeds Mind"),
                ["Providers[0].Role"] = "Lead",
                ["Providers[1].ProviderId"] = await ProviderAsync(db, "Touchstone"),
                ["Providers[1].Role"] = "Partner",
                ["Providers[1].AnnualShare"] = "30000",
                ["Funding[0].FunderOrganisationId"] = await OrganisationAsync(db, "LCC-AH"),
                ["Funding[0].Stream"] = "LccBudget",
                ["Funding[0].AnnualAmount"] = "80000",
                ["Funding[1].FunderOrganisationId"] = await OrganisationAsync(db, "NHS-LEEDS"),
                ["Funding[1].Stream"] = "CcgBudget",
                ["Funding[1].AnnualAmount"] = "40000",
                ["NewExtensions[0].Months"] = "24",
                ["NewExtensions[0].DecideBy.Day"] = "30", ["NewExtensions[0].DecideBy.Month"] = "9", ["NewExtensions[0].DecideBy.Year"] = "2029",
            };
        });

    public static async Task<string> ProviderAsync(CommissioningDbContext db, string name) =>
        (await db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync()).ToString(CultureInfo.InvariantCulture);

    public static async Task<string> OrganisationAsync(CommissioningDbContext db, string code) =>
        (await db.CommissioningOrganisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync()).ToString(CultureInfo.InvariantCulture);

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, params (string Key, string? Value)[] changes)
    {
        var copy = new Dictionary<string, string>(fields);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                copy.Remove(key);
            }
            else
            {
                copy[key] = value;
            }
        }

        return copy;
    }
}
