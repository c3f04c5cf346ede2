using LeedsCommissioning.Domain.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class QualityQuestionConfiguration : IEntityTypeConfiguration<QualityQuestion>
{
    public void Configure(EntityTypeBuilder<QualityQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(1000).IsRequired();
        builder.Property(q => q.Scorers).HasMaxLength(300);
        builder.Property(q => q.Kind).AsText();
        builder.Ignore(q => q.IsPresentation);
    }
}
