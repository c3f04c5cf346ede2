using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

/// <summary>The opening of bids (one per opportunity) and its register of the bids that arrived (issue 13).</summary>
internal sealed class BidOpeningConfiguration : IEntityTypeConfiguration<BidOpening>
{
    public void Configure(EntityTypeBuilder<BidOpening> builder)
    {
        builder.Property(o => o.OpenedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(o => o.OpenedByName).HasMaxLength(200).IsRequired();
        builder.Property(o => o.WitnessUserId).HasMaxLength(450).IsRequired();
        builder.Property(o => o.WitnessName).HasMaxLength(200).IsRequired();
        builder.HasIndex(o => o.OpportunityId).IsUnique();
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(o => o.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Entries).WithOne().HasForeignKey(e => e.BidOpeningId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OpenedBidEntryConfiguration : IEntityTypeConfiguration<OpenedBidEntry>
{
    public void Configure(EntityTypeBuilder<OpenedBidEntry> builder)
    {
        builder.Property(e => e.ProviderName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.ReceiptReference).HasMaxLength(80).IsRequired();
        builder.HasIndex(e => e.BidId).IsUnique();
        builder.HasOne<Bid>().WithMany().HasForeignKey(e => e.BidId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvaluationPanelConfiguration : IEntityTypeConfiguration<EvaluationPanel>
{
    public void Configure(EntityTypeBuilder<EvaluationPanel> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.FormedByName).HasMaxLength(200).IsRequired();
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(p => p.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lot>().WithMany().HasForeignKey(p => p.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<QualityQuestion>().WithMany().HasForeignKey(p => p.QualityQuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.EvaluationPanelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Declarations).WithOne().HasForeignKey(d => d.EvaluationPanelId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.Chair);
    }
}

internal sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.Property(m => m.UserId).HasMaxLength(450).IsRequired();
        builder.Property(m => m.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => new { m.EvaluationPanelId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
    }
}

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> builder)
    {
        builder.Property(d => d.UserId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.Details).HasMaxLength(1000);
        builder.HasIndex(d => new { d.EvaluationPanelId, d.UserId, d.BidId }).IsUnique();
        builder.HasOne<Bid>().WithMany().HasForeignKey(d => d.BidId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(450).IsRequired();
        builder.Property(s => s.MemberName).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.EvaluationPanelId, s.BidId, s.UserId }).IsUnique();
        builder.HasOne<EvaluationPanel>().WithMany().HasForeignKey(s => s.EvaluationPanelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Bid>().WithMany().HasForeignKey(s => s.BidId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ScoreSheetId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.IsSubmitted);
    }
}

internal sealed class ScoreLineConfiguration : IEntityTypeConfiguration<ScoreLine>
{
    public void Configure(EntityTypeBuilder<ScoreLine> builder)
    {
        builder.Property(l => l.Kind).AsText();
        builder.Property(l => l.Comment).HasMaxLength(4000);
    }
}

/// <summary>The chair's agreed scores for a bid, one moderation per panel and bid (issue 13, "Moderation").</summary>
internal sealed class ModerationConfiguration : IEntityTypeConfiguration<BidModeration>
{
    public void Configure(EntityTypeBuilder<BidModeration> builder)
    {
        builder.Property(m => m.ModeratedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(m => m.ModeratedByName).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.EvaluationPanelId, m.BidId }).IsUnique();
        builder.HasOne<EvaluationPanel>().WithMany().HasForeignKey(m => m.EvaluationPanelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Bid>().WithMany().HasForeignKey(m => m.BidId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Lines).WithOne().HasForeignKey(l => l.ModerationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(m => m.IsConfirmed);
    }
}

internal sealed class ModeratedScoreConfiguration : IEntityTypeConfiguration<ModeratedScore>
{
    public void Configure(EntityTypeBuilder<ModeratedScore> builder)
    {
        builder.Property(l => l.Kind).AsText();
        builder.Property(l => l.Rationale).HasMaxLength(4000);
    }
}
