using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ClarificationQuestionConfiguration : IEntityTypeConfiguration<ClarificationQuestion>
{
    public void Configure(EntityTypeBuilder<ClarificationQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(2000).IsRequired();
        builder.Property(q => q.Answer).HasMaxLength(4000);
        builder.Property(q => q.AnsweredBy).HasMaxLength(200);
        builder.Property(q => q.AskedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(q => q.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Provider>().WithMany().HasForeignKey(q => q.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(q => q.IsAnswered);
    }
}
