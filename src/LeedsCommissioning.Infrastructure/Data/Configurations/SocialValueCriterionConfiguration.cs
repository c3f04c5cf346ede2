using LeedsCommissioning.Domain.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class SocialValueCriterionConfiguration : IEntityTypeConfiguration<SocialValueCriterion>
{
    public void Configure(EntityTypeBuilder<SocialValueCriterion> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Unit).HasMaxLength(60).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(1000);
    }
}
