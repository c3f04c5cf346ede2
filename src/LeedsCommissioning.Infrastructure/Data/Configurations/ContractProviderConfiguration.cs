using LeedsCommissioning.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

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
