using LeedsCommissioning.Domain.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class DecisionRecordConfiguration : IEntityTypeConfiguration<DecisionRecord>
{
    public void Configure(EntityTypeBuilder<DecisionRecord> builder)
    {
        builder.ToTable("DecisionRecords");
        builder.Property(d => d.Title).HasMaxLength(300).IsRequired();
        builder.Property(d => d.DecisionMakerRole).HasMaxLength(200).IsRequired();
        builder.Property(d => d.DecisionMakerName).HasMaxLength(200);
        builder.Property(d => d.DecisionMakerUserId).HasMaxLength(450);
        builder.Property(d => d.EiaScreeningLink).HasMaxLength(500);
        builder.Property(d => d.AccessToInformationRule).HasMaxLength(50);
        builder.Property(d => d.ConfidentialAppendix).HasMaxLength(50);
        builder.Property(d => d.OutcomeReasons).HasMaxLength(4000);
        builder.PrimitiveCollection(d => d.WardsAffected).HasField("_wardsAffected");
    }
}
