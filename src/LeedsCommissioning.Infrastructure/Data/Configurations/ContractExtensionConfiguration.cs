using LeedsCommissioning.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ContractExtensionConfiguration : IEntityTypeConfiguration<ContractExtension>
{
    public void Configure(EntityTypeBuilder<ContractExtension> builder)
    {
        builder.ToTable("ContractExtensions");
        builder.Property(e => e.Status).AsText();
        builder.HasIndex(e => new { e.ContractId, e.Number }).IsUnique();
        builder.Property(e => e.CompactNoticeHow).HasMaxLength(CompactCheck.MaxHowLength);
        builder.Property(e => e.CompactShortNoticeReason).HasMaxLength(CompactCheck.MaxReasonLength);
    }
}
