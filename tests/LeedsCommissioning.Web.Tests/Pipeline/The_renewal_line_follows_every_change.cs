using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Pipeline;

/// <summary>
/// The contract page keeps its renewal line with the contract's facts, per version of the register's data
/// (ContractsController.PageAsync; migration RenewalsInRegisterVersion): a renewal plan or an extension changed by
/// anyone, here straight in the database as another instance or a script would, shows on the next visit.
/// </summary>
public sealed class The_renewal_line_follows_every_change(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_plan_and_an_extension_written_elsewhere_show_on_the_next_visit()
    {
        var id = await PipelineTestData.ContractAsync(factory, "PIPE-LINE-FOLLOWS", new DateOnly(2027, 9, 30), PipelineTestData.Charity, "Line Owner");
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        Assert.StartsWith("Renewal: Undecided", await LineAsync(commissioner, id), StringComparison.Ordinal);

        await factory.WithDbAsync(async db =>
        {
            db.RenewalPlans.Add(new RenewalPlan(id, PipelineTestData.Recommission(RenewalRoute.OpenTender), PipelineTestData.Today, PortalFactory.Now.UtcDateTime));
            return await db.SaveChangesAsync();
        });
        Assert.StartsWith("Renewal: Recommission", await LineAsync(commissioner, id), StringComparison.Ordinal);

        await factory.WithDbAsync(db => db.RenewalPlans.Where(p => p.ContractId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Intention, RenewalIntention.LetExpire)));
        Assert.StartsWith("Renewal: Let expire", await LineAsync(commissioner, id), StringComparison.Ordinal);

        await factory.WithDbAsync(async db =>
        {
            var contract = await db.Contracts.Include(c => c.Extensions).SingleAsync(c => c.Id == id);
            contract.AddExtension(12, new DateOnly(2027, 5, 31));
            return await db.SaveChangesAsync();
        });
        Assert.Contains("(extension 1 decision due 31 May 2027)", await LineAsync(commissioner, id), StringComparison.Ordinal);
    }

    private static async Task<string> LineAsync(PortalClient commissioner, int id)
    {
        var line = (await commissioner.GetDocumentAsync($"/contracts/{id}")).GetElementById("renewal-line")!.TextContent;
        return string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
