using LeedsCommissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class CommissioningOrganisationConfiguration : IEntityTypeConfiguration<CommissioningOrganisation>
{
    public void Configure(EntityTypeBuilder<CommissioningOrganisation> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
    }
}
