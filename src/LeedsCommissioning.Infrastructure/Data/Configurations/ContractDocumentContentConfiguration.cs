using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ContractDocumentContentConfiguration : IEntityTypeConfiguration<Documents.ContractDocumentContent>
{
    public void Configure(EntityTypeBuilder<Documents.ContractDocumentContent> builder)
    {
        builder.ToTable("ContractDocumentContents");
        builder.HasKey(c => c.StorageKey);
        builder.Property(c => c.StorageKey).HasMaxLength(200);
        builder.Property(c => c.Content).IsRequired();
    }
}
