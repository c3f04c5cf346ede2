using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class InterestRegistrationConfiguration : IEntityTypeConfiguration<InterestRegistration>
{
    public void Configure(EntityTypeBuilder<InterestRegistration> builder)
    {
        builder.Property(i => i.UserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(i => new { i.OpportunityId, i.ProviderId }).IsUnique();
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(i => i.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Provider>().WithMany().HasForeignKey(i => i.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}
