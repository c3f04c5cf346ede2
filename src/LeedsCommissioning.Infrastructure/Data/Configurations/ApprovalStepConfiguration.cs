using LeedsCommissioning.Domain.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ApprovalStepConfiguration : IEntityTypeConfiguration<ApprovalStep>
{
    public void Configure(EntityTypeBuilder<ApprovalStep> builder)
    {
        builder.Property(s => s.Kind).AsText();
        builder.Property(s => s.ByUserId).HasMaxLength(450).IsRequired();
        builder.Property(s => s.ByName).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.HasIndex(s => new { s.OpportunityId, s.Number }).IsUnique();
    }
}
