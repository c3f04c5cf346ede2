using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
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

        builder.HasMany(c => c.Providers).WithOne().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Funding).WithOne().HasForeignKey(f => f.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Extensions).WithOne().HasForeignKey(e => e.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Documents).WithOne().HasForeignKey(d => d.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Providers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Funding).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Extensions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);

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

internal sealed class ContractProviderConfiguration : IEntityTypeConfiguration<ContractProvider>
{
    public void Configure(EntityTypeBuilder<ContractProvider> builder)
    {
        builder.ToTable("ContractProviders");
        builder.Property(p => p.Role).AsText();
        builder.HasOne(p => p.Provider).WithMany().HasForeignKey(p => p.ProviderId).OnDelete(DeleteBehavior.Restrict);

        // A provider appears once per contract (issue 4); the provider filter and "its contracts" use ProviderId.
        builder.HasIndex(p => new { p.ContractId, p.ProviderId }).IsUnique();
        builder.HasIndex(p => p.ProviderId);
    }
}

internal sealed class FundingContributionConfiguration : IEntityTypeConfiguration<FundingContribution>
{
    public void Configure(EntityTypeBuilder<FundingContribution> builder)
    {
        builder.ToTable("FundingContributions");
        builder.Property(f => f.PartnerName).HasMaxLength(200);
        builder.Property(f => f.Stream).AsText();
        builder.Ignore(f => f.FunderName);
        builder.HasOne(f => f.FunderOrganisation).WithMany()
            .HasForeignKey(f => f.FunderOrganisationId).OnDelete(DeleteBehavior.Restrict);

        // The register's funder filter.
        builder.HasIndex(f => f.FunderOrganisationId);
        builder.HasIndex(f => f.PartnerName);
    }
}

internal sealed class ContractExtensionConfiguration : IEntityTypeConfiguration<ContractExtension>
{
    public void Configure(EntityTypeBuilder<ContractExtension> builder)
    {
        builder.ToTable("ContractExtensions");
        builder.Property(e => e.Status).AsText();
        builder.HasIndex(e => new { e.ContractId, e.Number }).IsUnique();
    }
}

internal sealed class ContractDocumentConfiguration : IEntityTypeConfiguration<ContractDocument>
{
    public void Configure(EntityTypeBuilder<ContractDocument> builder)
    {
        builder.ToTable("ContractDocuments");
        builder.Property(d => d.Kind).AsText();
        builder.Property(d => d.FileName).HasMaxLength(255).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(d => d.StorageKey).HasMaxLength(200).IsRequired();
        builder.HasIndex(d => d.StorageKey).IsUnique();
        builder.Property(d => d.UploadedByUserId).HasMaxLength(450);
        builder.Property(d => d.UploadedByName).HasMaxLength(200).IsRequired();
    }
}

internal static class EnumAsTextExtensions
{
    /// <summary>Stores an enum as its name, so the database reads well and new values need no data migration.</summary>
    public static PropertyBuilder<TEnum> AsText<TEnum>(this PropertyBuilder<TEnum> property) =>
        property.HasConversion<string>().HasMaxLength(50);
}

internal sealed class ContractDocumentContentConfiguration : IEntityTypeConfiguration<Documents.ContractDocumentContent>
{
    public void Configure(EntityTypeBuilder<Documents.ContractDocumentContent> builder)
    {
        builder.ToTable("ContractDocumentContents");
        builder.HasKey(c => c.StorageKey);
        builder.Property(c => c.StorageKey).HasMaxLength(200);
        builder.Property(c => c.Content).IsRequired();
    }
}
