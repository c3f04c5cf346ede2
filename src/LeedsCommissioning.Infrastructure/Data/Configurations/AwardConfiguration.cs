using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

/// <summary>Award (issue 13): a lot's recommendation with its decision record.</summary>
internal sealed class LotAwardConfiguration : IEntityTypeConfiguration<LotAward>
{
    public void Configure(EntityTypeBuilder<LotAward> builder)
    {
        builder.ToTable("LotAwards");
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Status).AsText();
        builder.Property(a => a.ProviderName).HasMaxLength(200);
        builder.Property(a => a.Reason).HasMaxLength(4000);
        builder.Property(a => a.RecommendedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.RecommendedByName).HasMaxLength(200).IsRequired();
        builder.HasOne(a => a.Decision).WithOne().HasForeignKey<LotAward>(a => a.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(a => a.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lot>().WithMany().HasForeignKey(a => a.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Bid>().WithMany().HasForeignKey(a => a.BidId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(a => a.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OpportunityId, a.LotId });
    }
}

/// <summary>Outcome letters (issue 13), each with its lines; read only by the bidder's organisation and staff.</summary>
internal sealed class OutcomeLetterConfiguration : IEntityTypeConfiguration<OutcomeLetter>
{
    public void Configure(EntityTypeBuilder<OutcomeLetter> builder)
    {
        builder.ToTable("OutcomeLetters");
        builder.Property(l => l.WinnerName).HasMaxLength(200).IsRequired();
        builder.HasOne<LotAward>().WithMany().HasForeignKey(l => l.LotAwardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Bid>().WithMany().HasForeignKey(l => l.BidId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(l => l.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.ProviderId);
        builder.HasIndex(l => l.BidId).IsUnique();
        builder.HasMany(l => l.Lines).WithOne().HasForeignKey(l => l.OutcomeLetterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OutcomeLetterLineConfiguration : IEntityTypeConfiguration<OutcomeLetterLine>
{
    public void Configure(EntityTypeBuilder<OutcomeLetterLine> builder)
    {
        builder.ToTable("OutcomeLetterLines");
        builder.Property(l => l.Criterion).HasMaxLength(2000).IsRequired();
        builder.Property(l => l.Reasons).HasMaxLength(8000);
    }
}

internal sealed class ContractCommitmentConfiguration : IEntityTypeConfiguration<ContractCommitment>
{
    public void Configure(EntityTypeBuilder<ContractCommitment> builder)
    {
        builder.ToTable("ContractCommitments");
        builder.Property(c => c.Criterion).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Unit).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Quantity).HasPrecision(18, 2);
        builder.HasOne<SocialValueCriterion>().WithMany().HasForeignKey(c => c.SocialValueCriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
