using LeedsCommissioning.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(30).IsRequired();
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.ServiceArea).AsText();
        builder.Property(c => c.AgreementType).AsText();
        builder.Property(c => c.PaymentMechanism).AsText();
        builder.Property(c => c.ProcurementRoute).AsText();
        builder.Property(c => c.Status).AsText();
        builder.Property(c => c.ResponsibleCommissionerId).HasMaxLength(450);
        builder.Property(c => c.ResponsibleCommissionerName).HasMaxLength(200);
        builder.Property(c => c.SmallLocalShare).HasPrecision(5, 2);
        builder.Property(c => c.RequiredSmallShare).HasPrecision(5, 2);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasOne(c => c.CommissioningOrganisation).WithMany()
            .HasForeignKey(c => c.CommissioningOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.LeadProvider).WithMany()
            .HasForeignKey(c => c.LeadProviderId).OnDelete(DeleteBehavior.Restrict);

        // Register filters and sorts (issue 4): status, service area, organisation, ending within n months, value.
        builder.HasIndex(c => c.Status);
        builder.HasIndex(c => c.ServiceArea);
        builder.HasIndex(c => c.CommissioningOrganisationId);
        builder.HasIndex(c => c.CurrentEndDate);
        builder.HasIndex(c => c.AnnualValue);
        builder.HasIndex(c => c.Title);
        // A commissioner's own contracts (their home page's reminders and returns to review: issue 12).
        builder.HasIndex(c => c.ResponsibleCommissionerId);

        // The open data's release dates read the contracts starting in a stretch of time (OcdsReleases, docs/benchmarks.md).
        builder.HasIndex(c => c.StartDate);

        builder.HasMany(c => c.Providers).WithOne().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Funding).WithOne().HasForeignKey(f => f.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Extensions).WithOne().HasForeignKey(e => e.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Documents).WithOne().HasForeignKey(d => d.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Providers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Funding).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Extensions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Changes).WithOne().HasForeignKey(c => c.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Issue 13: the award a contract comes from, and the social value commitments from the winning bid.
        // Plain columns, not foreign keys: on SQLite a new foreign key rebuilds the Contracts table, which would drop the
        // register search's triggers (migration RegisterSearch). The award holds the enforced link (LotAward.ContractId).
        builder.HasIndex(c => c.OpportunityId);
        builder.HasMany(c => c.Commitments).WithOne().HasForeignKey(c => c.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Commitments).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(c => c.Lead);
        builder.Ignore(c => c.TermMonths);
        builder.Ignore(c => c.FundingTotal);
        builder.Ignore(c => c.FundingBalances);
        builder.Ignore(c => c.SmallLocalAmount);
        builder.Ignore(c => c.FallsShortOfRequiredSmallShare);
        builder.Ignore(c => c.CompactNoticeDate);
        builder.Ignore(c => c.NextStatuses);
    }
}
