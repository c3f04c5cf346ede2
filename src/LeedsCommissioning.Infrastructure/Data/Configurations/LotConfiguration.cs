using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.Property(l => l.Title).HasMaxLength(200).IsRequired();
        builder.Property(l => l.Description).HasMaxLength(4000);
        builder.Property(l => l.NoLocalBidderReason).HasMaxLength(1000);
        builder.HasOne<Provider>().WithMany().HasForeignKey(l => l.AwardedProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}
