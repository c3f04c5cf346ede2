using LeedsCommissioning.Domain.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class OpportunitySocialValueConfiguration : IEntityTypeConfiguration<OpportunitySocialValue>
{
    public void Configure(EntityTypeBuilder<OpportunitySocialValue> builder)
    {
        builder.HasKey(s => new { s.OpportunityId, s.SocialValueCriterionId });
        builder.HasOne<SocialValueCriterion>().WithMany().HasForeignKey(s => s.SocialValueCriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
