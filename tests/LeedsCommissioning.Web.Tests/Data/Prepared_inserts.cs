using System.Data.Common;
using System.Text.Json;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Data;

/// <summary>
/// The register's import writes its contracts with <see cref="PreparedInserts"/> rather than SaveChanges
/// (docs/benchmarks.md, "Session 18: the import's bulk path"). What it writes must be what SaveChanges and the audit interceptor
/// write for the same contract: every column of every row as stored, and the same audit entries. Compared here row by
/// row, column by column, on the database the suite runs on (SQLite, and PostgreSQL in CI).
/// </summary>
public sealed class Prepared_inserts(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] PartTables = ["ContractProviders", "FundingContributions", "ContractExtensions"];

    [Fact]
    public async Task write_the_same_rows_and_the_same_audit_as_SaveChanges()
    {
        var saved = await Add("PI-SAVED-1", prepared: false);
        var written = await Add("PI-WRITTEN-1", prepared: true);

        Assert.Equal(Without(await Row("Contracts", "Id", saved), "Id", "Reference"), Without(await Row("Contracts", "Id", written), "Id", "Reference"));
        foreach (var table in PartTables)
        {
            var savedParts = (await Rows(table, "ContractId", saved)).Select(r => Without(r, "Id", "ContractId")).ToList();
            Assert.NotEmpty(savedParts);
            Assert.Equal(savedParts, (await Rows(table, "ContractId", written)).Select(r => Without(r, "Id", "ContractId")).ToList());
        }

        var savedAudit = await Audit(saved, "PI-SAVED-1");
        var writtenAudit = await Audit(written, "PI-WRITTEN-1");
        Assert.Equal(["Contract", "ContractExtension", "ContractProvider", "ContractProvider", "FundingContribution", "FundingContribution"], savedAudit.Select(a => a.EntityType).Order());
        Assert.Equal(savedAudit, writtenAudit);
    }

    [Fact]
    public async Task audit_an_added_part_with_its_new_contracts_key_not_a_temporary_one()
    {
        foreach (var (reference, prepared) in new[] { ("PI-SAVED-2", false), ("PI-WRITTEN-2", true) })
        {
            var id = await Add(reference, prepared);

            var parts = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
                .Where(a => a.ParentType == "Contract" && a.ParentKey == id.ToString()).ToListAsync());
            Assert.Equal(6 - 1, parts.Count);
            Assert.All(parts, p => Assert.Contains(new AuditChange("ContractId", null, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), Changes(p)));
        }
    }

    [Fact]
    public async Task refuse_to_write_outside_a_transaction_or_anything_but_additions()
    {
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        using var inserts = new PreparedInserts(db, scope.ServiceProvider.GetRequiredService<AuditInterceptor>());
        db.Contracts.Add(await Build(db, "PI-REFUSED-1"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => inserts.SaveAddedAsync());

        await using var transaction = await db.Database.BeginTransactionAsync();
        var provider = await db.Providers.FirstAsync();
        provider.Rename(provider.Name + " (renamed)");
        db.ChangeTracker.DetectChanges();
        await Assert.ThrowsAsync<InvalidOperationException>(() => inserts.SaveAddedAsync());
        await transaction.RollbackAsync();
        Assert.False(await factory.WithDbAsync(d => d.Contracts.AnyAsync(c => c.Reference == "PI-REFUSED-1")));
    }

    /// <summary>One contract with every part the import writes: two providers, two funders, an extension taken; live.</summary>
    private async Task<int> Add(string reference, bool prepared)
    {
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        var contract = await Build(db, reference);
        if (!prepared)
        {
            db.Contracts.Add(contract);
            await db.SaveChangesAsync();
            return contract.Id;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        using (var inserts = new PreparedInserts(db, scope.ServiceProvider.GetRequiredService<AuditInterceptor>()))
        {
            db.Contracts.Add(contract);
            await inserts.SaveAddedAsync();
            Assert.Empty(db.ChangeTracker.Entries());
        }

        await transaction.CommitAsync();
        return contract.Id;
    }

    private static async Task<Contract> Build(CommissioningDbContext db, string reference)
    {
        var providers = await db.Providers.OrderBy(p => p.Id).Take(2).ToListAsync();
        var organisation = await db.CommissioningOrganisations.OrderBy(o => o.Id).FirstAsync();
        var contract = new Contract(reference, "Peer support in Seacroft", ServiceArea.SupportInTheCommunity, organisation.Id,
            AgreementType.Grant, PaymentMechanism.Block, ContractAwardRoute.GrantRound, new DateOnly(2026, 4, 1), new DateOnly(2029, 3, 31), 125_000.50m);
        contract.UpdateSummary(reference, "Peer support in Seacroft", "Groups & drop-ins, “quoted” and <b>marked</b>", ServiceArea.SupportInTheCommunity,
            organisation.Id, AgreementType.Grant, PaymentMechanism.Block, ContractAwardRoute.GrantRound);
        contract.AssignCommissioner(null, "Priya Shah");
        contract.SetProviders([new ContractProviderLine(providers[0], ProviderRole.Lead), new ContractProviderLine(providers[1], ProviderRole.Partner, 25_000.25m)]);
        contract.SetFunding([FundingLine.FromOrganisation(organisation.Id, FundingStream.LccBudget, 100_000.50m), FundingLine.FromPartner("Leeds Community Foundation", FundingStream.OtherPartner, 25_000m)]);
        foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
        {
            contract.MoveTo(step);
        }

        var extension = contract.AddExtension(12, new DateOnly(2028, 12, 31));
        contract.TakeExtension(extension.Number, new DateOnly(2028, 10, 1));
        return contract;
    }

    private async Task<Dictionary<string, object?>> Row(string table, string keyColumn, int key) => Assert.Single(await Rows(table, keyColumn, key));

    /// <summary>The rows as the database holds them, read without EF Core, in the order they were written.</summary>
    private async Task<List<Dictionary<string, object?>>> Rows(string table, string keyColumn, int key)
    {
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{keyColumn}\" = {key} ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    private static Dictionary<string, object?> Without(Dictionary<string, object?> row, params string[] columns) =>
        row.Where(c => !columns.Contains(c.Key)).ToDictionary();

    /// <summary>A contract's audit entries and its parts', with its own key and reference taken out, in a stable order.</summary>
    private async Task<List<(string EntityType, string? ParentType, AuditAction Action, string UserName, DateTime At, string Changes)>> Audit(int id, string reference)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == "Contract" && a.EntityKey == key) || (a.ParentType == "Contract" && a.ParentKey == key)).ToListAsync());
        return entries
            .Select(e => (e.EntityType, e.ParentType, e.Action, e.UserName, e.OccurredAtUtc,
                Changes: JsonSerializer.Serialize(Changes(e).Where(c => c.Property != "Id").Select(c => c with { New = c.New == key ? "(the contract)" : c.New == reference ? "(its reference)" : c.New }))))
            .OrderBy(e => e.EntityType, StringComparer.Ordinal).ThenBy(e => e.Changes, StringComparer.Ordinal)
            .ToList();
    }

    private static List<AuditChange> Changes(AuditEntry entry) => JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes)!;
}
