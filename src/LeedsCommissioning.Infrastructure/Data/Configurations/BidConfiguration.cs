using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

/// <summary>
/// Bids have no DbSet on the context on purpose: every read goes through
/// <see cref="LeedsCommissioning.Infrastructure.Opportunities.SealedBids"/>.
/// </summary>
internal sealed class BidConfiguration : IEntityTypeConfiguration<Bid>
{
    public void Configure(EntityTypeBuilder<Bid> builder)
    {
        builder.Property(b => b.CreatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(b => b.SubmittedByUserId).HasMaxLength(450);
        builder.Property(b => b.ReceiptReference).HasMaxLength(80);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => new { b.LotId, b.ProviderId }).IsUnique();
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(b => b.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lot>().WithMany().HasForeignKey(b => b.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(b => b.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Prices).WithOne().HasForeignKey(p => p.BidId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Answers).WithOne().HasForeignKey(a => a.BidId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Commitments).WithOne().HasForeignKey(c => c.BidId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.ConsortiumMembers).WithOne().HasForeignKey(c => c.BidId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Attachments).WithOne().HasForeignKey(a => a.BidId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(b => b.TotalPrice);
    }
}
