using LeedsCommissioning.Domain.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ClarificationNoticeConfiguration : IEntityTypeConfiguration<ClarificationNotice>
{
    public void Configure(EntityTypeBuilder<ClarificationNotice> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.PublishedBy).HasMaxLength(200).IsRequired();
    }
}
